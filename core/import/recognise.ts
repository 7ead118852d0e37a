/**
 * Plain paragraphs → a structured GongwenDocument: top matter, body blocks, end matter.
 * The recogniser alone; import-text.ts adds the character-for-character check on top.
 */
import { createBlankDocument, type GongwenDocument } from '../model/document.ts';
import { bodyBlocks } from './body-blocks.ts';
import { readEndMatter } from './end-matter.ts';
import { genreOf } from './genre.ts';
import { readHeaderLines } from './header-lines.ts';
import type { ImportNotice } from './notices.ts';
import type { SourceParagraph } from './source-text.ts';
import { readTopMatter } from './top-matter.ts';

export interface ImportResult {
  document: GongwenDocument;
  notices: ImportNotice[];
}

/** Indentation made with spaces and empty lines carry no text: paragraphs are trimmed and blank ones dropped. */
export function meaningfulParagraphs(source: readonly SourceParagraph[]): SourceParagraph[] {
  return source.map(({ text, line }) => ({ text: text.trim(), line })).filter(({ text }) => text.length > 0);
}

export function recogniseDocument(source: readonly SourceParagraph[]): ImportResult {
  const notices: ImportNotice[] = [];
  const paragraphs = meaningfulParagraphs(source);
  const typedHeader = readHeaderLines(paragraphs);
  const afterHeaderNotices: ImportNotice[] = [];
  const afterHeader = readTopMatter(paragraphs, afterHeaderNotices, typedHeader.next);
  // 白头材料 print no 版头: a byline under the title means the lines above were not one.
  const header = typedHeader.documentNumber && !afterHeader.byline ? typedHeader : null;
  const top = header || typedHeader.next === 0 ? afterHeader : readTopMatter(paragraphs, notices);
  if (top === afterHeader) notices.push(...afterHeaderNotices);
  const genre = genreOf(top.titleLines, top.byline?.subtitle ?? null);
  const blank = createBlankDocument(genre);
  const form = top.byline ? 'plain' : header ? (header.markSuffix === '纪要' ? 'minutes' : 'file') : blank.form;
  const bylineDate = top.byline?.date ?? null;
  const end = readEndMatter(paragraphs, top.next, { record: form === 'file' || form === 'minutes', dateStyle: bylineDate?.style ?? null }, notices);
  const document: GongwenDocument = {
    ...blank,
    form,
    header: header ? { ...blank.header, organs: header.organ ? [header.organ] : [], markSuffix: header.markSuffix, documentNumber: header.documentNumber } : blank.header,
    minutes: form === 'minutes' ? (blank.minutes ?? { present: [], absent: [], attending: [] }) : null,
    title: top.titleLines.join('\n'),
    byline: form === 'plain' ? { subtitle: top.byline?.subtitle ?? null, speaker: top.byline?.speaker ?? null, date: bylineDate?.iso ?? null } : null,
    addressees: top.addressees,
    body: bodyBlocks(paragraphs.slice(top.next, end.start), notices),
    attachments: end.attachmentTitles.map((title) => ({ title, blocks: [] })),
    signature: { ...blank.signature, organs: end.organs, date: end.date?.iso ?? null, dateStyle: bylineDate?.style ?? end.date?.style ?? 'arabic' },
    note: end.note,
    record: { cc: end.cc, printer: end.printer, printDate: end.printDate },
  };
  return { document, notices };
}
