/**
 * The gaps still open in a whole document, in reading order: unfilled gap fields (连续×年 imported
 * as a field) and markers typed or pasted as plain text. Export warns with this list and the CLI
 * refuses to export while it is not empty, so a forgotten × never reaches the leader.
 */
import { textTargets } from '../check/fixes/document-text.ts';
import type { GongwenDocument } from '../model/document.ts';
import { inlineItemText } from '../model/inline.ts';
import { gapName, openGaps } from './confirmed-names.ts';

export interface DocumentGap {
  /** Model path of the text it is in (body.3, title), as jump-to-source understands it. */
  source: string;
  /** The part in words, e.g. 正文第 4 段. */
  place: string;
  /** What is missing, e.g. 统筹开展×轮 or 单位名称. */
  label: string;
  /** A few characters either side. */
  excerpt: string;
  /**
   * Which unfilled field of the body this is (counting from 0, as F4 walks the body's chips), or null
   * for a marker typed as text, a field outside the body, or one in a table cell (a table holds its cells whole, so those are found by their path).
   */
  fieldIndex: number | null;
}

const excerptChars = 10;

/** 正文第 4 段, 正文第 2 段表格第 2 行第 3 格, 附件1第 2 段, 标题: where a path is, in the words of the find bar. */
export function placeLabel(path: string): string {
  const body = /^body\.(\d+)(?:\.rows\.(\d+)\.cells\.(\d+))?/.exec(path);
  if (body) return `正文第 ${Number(body[1]) + 1} 段${body[2] === undefined ? '' : `表格第 ${Number(body[2]) + 1} 行第 ${Number(body[3]) + 1} 格`}`;
  const attachment = /^attachments\.(\d+)\.(?:blocks\.(\d+)|title)/.exec(path);
  if (attachment) return attachment[2] === undefined ? `附件${Number(attachment[1]) + 1}标题` : `附件${Number(attachment[1]) + 1}第 ${Number(attachment[2]) + 1} 段`;
  const named: Record<string, string> = {
    title: '标题',
    'header.organs': '发文机关',
    'header.documentNumber': '发文字号',
    'byline.subtitle': '副题',
    'byline.speaker': '报告人',
    addressees: '主送机关',
    'signature.organs': '署名',
    note: '附注',
    'record.cc': '抄送',
    'record.printer': '印发机关',
  };
  return named[path] ?? path;
}

/** Names and lines no fix may touch, but a gap there still must not go out: 署名 ××县纪委. */
function untouchableParts(document: GongwenDocument): { path: string; text: string }[] {
  return [
    ...document.header.organs.map((text) => ({ path: 'header.organs', text })),
    { path: 'byline.speaker', text: document.byline?.speaker ?? '' },
    ...document.signature.organs.map((text) => ({ path: 'signature.organs', text })),
    { path: 'record.printer', text: document.record.printer ?? '' },
  ];
}

export function documentGaps(document: GongwenDocument): DocumentGap[] {
  const confirmed = document.confirmedNames ?? [];
  const gaps: DocumentGap[] = [];
  let bodyFields = 0;
  const targets = [...textTargets(document), ...untouchableParts(document).map(({ path, text }) => ({ path, kind: 'string' as const, text }))];
  for (const target of targets) {
    const text = target.kind === 'string' ? target.text : target.inlines.map(inlineItemText).join('');
    const excerpt = (start: number, end: number) => text.slice(Math.max(0, start - excerptChars), end + excerptChars);
    const add = (start: number, end: number, label: string, fieldIndex: number | null) =>
      gaps.push({ source: target.path, place: placeLabel(target.path), label, excerpt: excerpt(start, end), fieldIndex });
    if (target.kind === 'string') {
      for (const gap of openGaps(text, confirmed)) add(gap.start, gap.end, gap.label, null);
      continue;
    }
    const inBody = target.path.startsWith('body.') && !target.path.includes('.rows.');
    let at = 0;
    for (const inline of target.inlines) {
      const printed = inlineItemText(inline);
      if (inline.type === 'text') {
        for (const gap of openGaps(inline.text, confirmed)) add(at + gap.start, at + gap.end, gap.label, null);
      } else if (inline.type === 'field' && inline.gap && inline.value === null) {
        const confirmedName = inline.gap.kind === 'name' && confirmed.includes(gapName(text, { start: at, marker: inline.gap.marker }));
        if (!confirmedName) add(at, at + printed.length, inline.key, inBody ? bodyFields : null);
      }
      if (inline.type === 'field' && inline.value === null && inBody) bodyFields++;
      at += printed.length;
    }
  }
  return gaps;
}
