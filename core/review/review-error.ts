/** A reviewed .docx that cannot be read against the draft (another draft's file, say), in Chinese. */
export class ReviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReviewError';
  }
}
