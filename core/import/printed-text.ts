/**
 * The inverse of import: a document as the sequence of paragraph texts a reader sees on the
 * printed pages, with the computed ordinals, byline dashes, 附件 numbers and 版记 labels.
 * Read from the typeset composition itself, so it is exactly what the .docx and the preview print.
 */
import type { GongwenDocument } from '../model/document.ts';
import { stripXmlInvalid } from '../text/xml-safe.ts';
import { compose } from '../typeset/compose.ts';
import type { TypesetItem, TypesetParagraph } from '../typeset/typeset.ts';

const paragraphText = (paragraph: TypesetParagraph) => paragraph.runs.map((run) => (run.lineBreak ? '\n' : run.text)).join('');

function itemTexts(item: TypesetItem): string[] {
  if (item.kind === 'paragraph') return [paragraphText(item)];
  return item.rows.flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs.map(paragraphText)));
}

export function printedParagraphs(document: GongwenDocument): string[] {
  return compose(document).flow.flatMap(itemTexts).filter((text) => text.length > 0);
}

/** Text compared for "nothing lost or reordered": whitespace and characters no .docx can hold do not count. */
export function comparableText(text: string): string {
  return stripXmlInvalid(text).replace(/\s/gu, '');
}
