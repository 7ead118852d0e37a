/**
 * The draft as the importer sees it: paragraphs in reading order, each with the line (or
 * .docx paragraph) number it came from so every notice can point the writer back to it.
 * A `\n` inside a paragraph is a soft line break (Shift+Enter in Word); plain text has none.
 */
export interface SourceParagraph {
  text: string;
  /** 1-based line of a .txt file or paragraph of a .docx. */
  line: number;
}

/** Every line ending a Windows, Unix or old Mac editor writes, plus the Unicode paragraph separator. */
const lineEnd = /\r\n|\r|\n|\u2029/;

export function splitLines(text: string): SourceParagraph[] {
  return text.split(lineEnd).map((line, index) => ({ text: line, line: index + 1 }));
}
