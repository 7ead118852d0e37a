/**
 * 一键排版: a pasted or opened draft → a structured document, with not one character lost
 * or reordered. Every result is printed back (through the typeset composer, with computed
 * ordinals) and compared with the draft; should recognition ever disagree, the draft is
 * imported as plain paragraphs instead, so a recogniser bug can cost structure, never text.
 */
import { createBlankDocument } from '../model/document.ts';
import { inlineContent } from './inline-content.ts';
import type { ImportNotice } from './notices.ts';
import { comparableText, printedParagraphs } from './printed-text.ts';
import { meaningfulParagraphs, recogniseDocument, type ImportResult } from './recognise.ts';
import { splitLines, type SourceParagraph } from './source-text.ts';

/** The draft's text as it should print: trimmed paragraphs with the reported ordinal rewrites applied. */
export function expectedPrintedText(source: readonly SourceParagraph[], notices: readonly ImportNotice[]): string {
  const rewrites = new Map<number, Extract<ImportNotice, { kind: 'ordinalRewritten' }>[]>();
  for (const notice of notices) {
    if (notice.kind === 'ordinalRewritten') rewrites.set(notice.line, [...(rewrites.get(notice.line) ?? []), notice]);
  }
  return meaningfulParagraphs(source)
    .map(({ text, line }) =>
      (rewrites.get(line) ?? [])
        .toSorted((a, b) => b.offset - a.offset)
        .reduce((result, { offset, typed, printed }) => (result.startsWith(typed, offset) ? result.slice(0, offset) + printed + result.slice(offset + typed.length) : result), text),
    )
    .join('\n');
}

/** True when the document prints exactly the draft's characters, in the draft's order. */
export function printsDraftBack(source: readonly SourceParagraph[], result: ImportResult): boolean {
  return comparableText(printedParagraphs(result.document).join('\n')) === comparableText(expectedPrintedText(source, result.notices));
}

export function importParagraphs(source: readonly SourceParagraph[]): ImportResult {
  const recognised = recogniseDocument(source);
  if (printsDraftBack(source, recognised)) return recognised;
  const document = { ...createBlankDocument('其他'), body: meaningfulParagraphs(source).map(({ text }) => ({ type: 'paragraph' as const, content: inlineContent(text) })) };
  return { document, notices: [{ kind: 'recognitionFallback' }] };
}

export function importPlainText(text: string): ImportResult {
  return importParagraphs(splitLines(text));
}
