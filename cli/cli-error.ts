/** A problem with what the user asked for: printed as one Chinese message, exit code 1 or 2. */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}
