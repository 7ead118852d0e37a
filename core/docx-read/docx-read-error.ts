/** Why a file could not be read as a .docx, in Chinese, naming the zip entry when one is at fault. */
export class DocxReadError extends Error {
  /** The part inside the package, e.g. word/document.xml, when the problem is in one part. */
  readonly entry: string | null;
  constructor(message: string, entry: string | null = null) {
    super(entry ? `${message}（文件内部的 ${entry}）` : message);
    this.name = 'DocxReadError';
    this.entry = entry;
  }
}
