/** How the 审阅 panel names each kind of change and orders the places they stand in. */
import type { ReviewItem } from '../../../../core/api/contract-review.ts';

export const kindLabels: Record<ReviewItem['kind'], string> = {
  comment: '批注',
  insertion: '插入',
  deletion: '删除',
  moveFrom: '移动（移出）',
  moveTo: '移动（移入）',
  formatting: '格式',
  paragraphFormatting: '格式（段落）',
  edit: '未留痕修改',
  addedParagraph: '未留痕修改（新增段落）',
  deletedParagraph: '未留痕修改（删除段落）',
  movedParagraph: '未留痕修改（移动段落）',
};

const partOrder = ['header', 'title', 'byline', 'addressees', 'body', 'attachments', 'signature', 'note', 'record', 'minutes'];

/** Sorts model paths in reading order: the page's parts, then numbers as numbers (body.10 after body.9). */
export function sourceOrder(a: string, b: string): number {
  const sa = a.split('.');
  const sb = b.split('.');
  const part = partOrder.indexOf(sa[0] ?? '') - partOrder.indexOf(sb[0] ?? '');
  if (part !== 0) return part;
  for (let i = 1; i < Math.max(sa.length, sb.length); i++) {
    const x = sa[i];
    const y = sb[i];
    if (x === undefined || y === undefined) return x === undefined ? -1 : 1;
    const d = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x.localeCompare(y);
    if (d !== 0) return d;
  }
  return 0;
}

/** The part of an edit that changed, with a few characters either side. */
export function changedPart(before: string, after: string, context = 10): { lead: string; removed: string; added: string; tail: string } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const from = Math.max(0, start - context);
  return {
    lead: (from > 0 ? '…' : '') + before.slice(from, start),
    removed: before.slice(start, before.length - end),
    added: after.slice(start, after.length - end),
    tail: before.slice(before.length - end, before.length - end + context) + (end > context ? '…' : ''),
  };
}
