/**
 * Find over the whole draft as the writer sees it: header fields, title, addressees, every body
 * block (field values included, as printed), attachments and the closing parts, in reading order.
 * Each match names its model path (`title`, `body.3`, …) so the editor can jump to it.
 */
import type { GongwenDocument } from './document.ts';
import { blockText } from './block-text.ts';

export interface FindMatch {
  /** Model path of the part, as jump-to-source understands it. */
  source: string;
  /** The part in words, e.g. 标题, 正文第 3 段. */
  label: string;
  /** Where the match starts in the part's text, and its length. */
  start: number;
  length: number;
  /** Which match this is within its part, counting from 0. */
  occurrence: number;
  /** A few characters either side, for the count line and screen readers. */
  excerpt: string;
}

interface Part {
  source: string;
  label: string;
  text: string;
}

function documentParts(document: GongwenDocument): Part[] {
  const parts: Part[] = [
    { source: 'header.organs', label: '发文机关', text: document.header.organs.join('、') },
    { source: 'header.documentNumber', label: '发文字号', text: document.header.documentNumber ?? '' },
    { source: 'header.signers', label: '签发人', text: document.header.signers.join('、') },
    { source: 'title', label: '标题', text: document.title },
    { source: 'byline.subtitle', label: '副题', text: document.byline?.subtitle ?? '' },
    { source: 'byline.speaker', label: '报告人', text: document.byline?.speaker ?? '' },
    { source: 'addressees', label: '主送机关', text: document.addressees.join('、') },
    ...document.body.map((block, i) => ({ source: `body.${i}`, label: `正文第 ${i + 1} 段`, text: blockText(block) })),
    ...document.attachments.flatMap((attachment, a) => [
      { source: `attachments.${a}.title`, label: `附件${a + 1}标题`, text: attachment.title },
      ...attachment.blocks.map((block, i) => ({ source: `attachments.${a}.blocks.${i}`, label: `附件${a + 1}第 ${i + 1} 段`, text: blockText(block) })),
    ]),
    { source: 'signature.organs', label: '署名', text: document.signature.organs.join('、') },
    { source: 'note', label: '附注', text: document.note ?? '' },
    { source: 'record.cc', label: '抄送', text: document.record.cc.join('，') },
    { source: 'record.printer', label: '印发机关', text: document.record.printer ?? '' },
  ];
  return parts.filter((part) => part.text !== '');
}

const excerptChars = 12;

/** Every non-overlapping occurrence of `query` (letters compared without case); none for an empty query. */
export function findInDocument(document: GongwenDocument, query: string): FindMatch[] {
  if (query === '') return [];
  const needle = query.toLowerCase();
  const matches: FindMatch[] = [];
  for (const part of documentParts(document)) {
    const haystack = part.text.toLowerCase();
    let occurrence = 0;
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      const excerpt = part.text.slice(Math.max(0, at - excerptChars), at + needle.length + excerptChars);
      matches.push({ source: part.source, label: part.label, start: at, length: query.length, occurrence: occurrence++, excerpt });
    }
  }
  return matches;
}
