/**
 * Every character written into the .docx body must be printed: compares character counts of
 * word/document.xml's text with the PDF's text. LibreOffice 7.4 was seen dropping a 。 or ，
 * that hangs past the margin at the end of a justified line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { docxParagraphTexts } from '../support/docx-parts.ts';
import { loadRenderedCorpus, measured, type RenderedEntry } from './rendered-corpus.ts';

const corpus = loadRenderedCorpus();

function counts(texts: readonly string[]): Map<string, number> {
  const result = new Map<string, number>();
  for (const text of texts) for (const char of text.replace(/\s/g, '')) result.set(char, (result.get(char) ?? 0) + 1);
  return result;
}

function missingCharacters(entry: RenderedEntry): Record<string, number> {
  if (!entry.docx) throw new Error(`${entry.name} 没有生成 .docx：${entry.error ?? '原因不明'}`);
  const written = counts(docxParagraphTexts(new Uint8Array(readFileSync(entry.docx))));
  const printed = counts(measured(entry).pages.flatMap((page) => page.lines.map((line) => line.text)));
  const missing: Record<string, number> = {};
  for (const [char, count] of written) if (count > (printed.get(char) ?? 0)) missing[char] = count - (printed.get(char) ?? 0);
  return missing;
}

describe('文字完整', () => {
  it.each(corpus.map((entry) => [entry.name, entry] as const))('%s：.docx 中的每个字符都印在 PDF 上', (_name, entry) => {
    expect(missingCharacters(entry), `${entry.name} PDF 中缺少的字符及个数`).toEqual({});
  });
});
