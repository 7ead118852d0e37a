/** A draft file that cannot be imported, with a Chinese message naming the file (and line). */
export class DraftReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DraftReadError';
  }
}
