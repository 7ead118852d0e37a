/**
 * What changed between two versions of a draft (征求意见稿 → 送审稿 …), as data the UI can
 * show side by side: the 版头/署名/版记 fields that differ, and the body and attachment
 * blocks that were added, removed or rewritten, aligned by a longest common subsequence.
 */
import type { Block, GongwenDocument } from '../model/document.ts';
import { blockText, type BlockTextJoins } from '../model/block-text.ts';
import { inlineText } from '../model/inline.ts';
import { stableStringify } from './stable-stringify.ts';

export interface FieldChange {
  /** Chinese name of the field, e.g. 发文字号. */
  label: string;
  before: string;
  after: string;
}

export interface BlockSummary {
  /** Position in its list, 0-based. */
  index: number;
  type: Block['type'];
  text: string;
}

export type BlockChange =
  | { kind: 'unchanged'; before: BlockSummary; after: BlockSummary }
  | { kind: 'changed'; before: BlockSummary; after: BlockSummary }
  | { kind: 'removed'; before: BlockSummary; after: null }
  | { kind: 'added'; before: null; after: BlockSummary };

export interface AttachmentChange {
  /** 附件 number as printed (1-based). */
  number: number;
  titleBefore: string | null;
  titleAfter: string | null;
  blocks: BlockChange[];
}

export interface DocumentDiff {
  identical: boolean;
  fields: FieldChange[];
  body: BlockChange[];
  attachments: AttachmentChange[];
}

const none = '（无）';
const list = (values: readonly string[]): string => (values.length ? values.join('、') : none);
const optional = (value: string | null): string => value ?? none;

const fieldReaders: ReadonlyArray<readonly [string, (doc: GongwenDocument) => string]> = [
  ['文种', (d) => d.genre],
  ['版式', (d) => d.form],
  ['份号', (d) => optional(d.header.copyNumber)],
  ['密级和保密期限', (d) => (d.header.secrecy ? `${d.header.secrecy.level}${d.header.secrecy.term ? `★${d.header.secrecy.term}` : ''}` : none)],
  ['紧急程度', (d) => optional(d.header.urgency)],
  ['发文机关标志', (d) => list(d.header.organs)],
  ['标志后缀', (d) => d.header.markSuffix || none],
  ['发文字号', (d) => optional(d.header.documentNumber)],
  ['签发人', (d) => list(d.header.signers)],
  ['分隔线五角星', (d) => (d.header.separatorStar ? '有' : '无')],
  ['标题', (d) => d.title],
  ['副标题', (d) => optional(d.byline?.subtitle ?? null)],
  ['讲话人', (d) => optional(d.byline?.speaker ?? null)],
  ['讲话日期', (d) => optional(d.byline?.date ?? null)],
  ['主送机关', (d) => list(d.addressees)],
  ['署名', (d) => list(d.signature.organs)],
  ['成文日期', (d) => optional(d.signature.date)],
  ['日期写法', (d) => (d.signature.dateStyle === 'arabic' ? '阿拉伯数字' : '汉字')],
  ['印章', (d) => ({ sealed: '加盖印章', unsealed: '不加盖印章', signatureSeal: '加盖签发人签名章' })[d.signature.seal]],
  ['签发人职务', (d) => optional(d.signature.signerTitle)],
  ['附注', (d) => optional(d.note)],
  ['出席', (d) => list(d.minutes?.present ?? [])],
  ['请假', (d) => list(d.minutes?.absent ?? [])],
  ['列席', (d) => list(d.minutes?.attending ?? [])],
  ['抄送机关', (d) => list(d.record.cc)],
  ['印发机关', (d) => optional(d.record.printer)],
  ['印发日期', (d) => optional(d.record.printDate)],
];

export function diffDocuments(before: GongwenDocument, after: GongwenDocument): DocumentDiff {
  const fields = fieldReaders.flatMap(([label, read]) => {
    const [a, b] = [read(before), read(after)];
    return a === b ? [] : [{ label, before: a, after: b }];
  });
  const body = diffBlocks(before.body, after.body);
  const attachments: AttachmentChange[] = [];
  for (let i = 0; i < Math.max(before.attachments.length, after.attachments.length); i++) {
    const [a, b] = [before.attachments[i], after.attachments[i]];
    attachments.push({ number: i + 1, titleBefore: a?.title ?? null, titleAfter: b?.title ?? null, blocks: diffBlocks(a?.blocks ?? [], b?.blocks ?? []) });
  }
  const unchanged = (changes: BlockChange[]): boolean => changes.every((c) => c.kind === 'unchanged');
  const identical = fields.length === 0 && unchanged(body) && attachments.every((a) => a.titleBefore === a.titleAfter && unchanged(a.blocks));
  return { identical, fields, body, attachments };
}

/** Items, cells and rows kept apart so a side-by-side view reads them as the page shows them. */
const comparisonJoins: BlockTextJoins = { item: '；', cell: ' | ', row: '\n', pageBreak: '（分页）' };

/** Above this many LCS cells the middle of the lists is compared position by position instead. */
const maxTableCells = 4_000_000;

export function diffBlocks(before: readonly Block[], after: readonly Block[]): BlockChange[] {
  const keysA = before.map(stableStringify);
  const keysB = after.map(stableStringify);
  const summary = (blocks: readonly Block[], index: number): BlockSummary => {
    const block = blocks[index] as Block;
    return { index, type: block.type, text: blockText(block, comparisonJoins) };
  };
  let start = 0;
  while (start < keysA.length && start < keysB.length && keysA[start] === keysB[start]) start++;
  let endA = keysA.length;
  let endB = keysB.length;
  while (endA > start && endB > start && keysA[endA - 1] === keysB[endB - 1]) {
    endA--;
    endB--;
  }
  const pairs = alignMiddle(keysA.slice(start, endA), keysB.slice(start, endB)).map(([i, j]) => [i + start, j + start] as const);
  const anchors: Array<readonly [number, number]> = [];
  for (let i = 0; i < start; i++) anchors.push([i, i]);
  anchors.push(...pairs);
  for (let k = 0; k < keysA.length - endA; k++) anchors.push([endA + k, endB + k]);
  anchors.push([keysA.length, keysB.length]);

  const changes: BlockChange[] = [];
  let [i, j] = [0, 0];
  for (const [ai, bj] of anchors) {
    const removed: number[] = [];
    const added: number[] = [];
    for (; i < ai; i++) removed.push(i);
    for (; j < bj; j++) added.push(j);
    changes.push(...pairRewrites(removed, added, before, after, summary));
    if (ai < keysA.length && bj < keysB.length) changes.push({ kind: 'unchanged', before: summary(before, ai), after: summary(after, bj) });
    [i, j] = [ai + 1, bj + 1];
  }
  return changes;
}

/** A block removed and one of the same type added in the same gap read as one rewritten block. */
function pairRewrites(
  removed: number[],
  added: number[],
  before: readonly Block[],
  after: readonly Block[],
  summary: (blocks: readonly Block[], index: number) => BlockSummary,
): BlockChange[] {
  const changes: BlockChange[] = [];
  let [r, a] = [0, 0];
  while (r < removed.length || a < added.length) {
    const [ri, aj] = [removed[r], added[a]];
    if (ri !== undefined && aj !== undefined && before[ri]?.type === after[aj]?.type) {
      changes.push({ kind: 'changed', before: summary(before, ri), after: summary(after, aj) });
      r++;
      a++;
    } else if (ri !== undefined) {
      changes.push({ kind: 'removed', before: summary(before, ri), after: null });
      r++;
    } else if (aj !== undefined) {
      changes.push({ kind: 'added', before: null, after: summary(after, aj) });
      a++;
    }
  }
  return changes;
}

/** Index pairs of a longest common subsequence of two key lists. */
function alignMiddle(a: readonly string[], b: readonly string[]): Array<readonly [number, number]> {
  const [n, m] = [a.length, b.length];
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > maxTableCells) return [];
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = a[i] === b[j] ? (lengths[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lengths[(i + 1) * width + j] ?? 0, lengths[i * width + j + 1] ?? 0);
    }
  }
  const pairs: Array<readonly [number, number]> = [];
  let [i, j] = [0, 0];
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if ((lengths[(i + 1) * width + j] ?? 0) >= (lengths[i * width + j + 1] ?? 0)) i++;
    else j++;
  }
  return pairs;
}
