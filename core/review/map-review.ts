/**
 * Places every change in a reviewed .docx on the draft: through our anchors first, then by
 * wording (Dice similarity) for paragraphs that lost theirs or files exported without them,
 * then — for paragraphs the leader added — after the paragraph before. Untracked edits are
 * found by comparing each paragraph, tracked changes rejected, with what was exported;
 * exported paragraphs that are gone, or stand out of order, are reported too. Whatever cannot
 * be placed is kept with `location: null` rather than dropped.
 */
import type { GongwenDocument } from '../model/document.ts';
import { draftParagraphs, type DraftParagraph } from './draft-paragraphs.ts';
import type { ReviewedDocx, ReviewedParagraph, TrackedKind } from './read-reviewed-docx.ts';
import { ReviewError } from './review-error.ts';
import { normalise, similarity } from './similarity.ts';

export type ChangeKind = 'comment' | TrackedKind | 'edit' | 'addedParagraph' | 'deletedParagraph' | 'movedParagraph';

export const changeKindNames: Record<ChangeKind, string> = {
  comment: '批注',
  insertion: '修订：插入',
  deletion: '修订：删除',
  moveFrom: '修订：移出',
  moveTo: '修订：移入',
  formatting: '修订：格式',
  paragraphFormatting: '修订：段落格式',
  edit: '未修订改动',
  addedParagraph: '未修订新增段落',
  deletedParagraph: '未修订删除段落',
  movedParagraph: '未修订移动段落',
};

export interface ChangeLocation {
  source: string;
  section: string;
  /** 1-based among the section's paragraphs. */
  paragraph: number;
  /** anchor: our bookmark; text: the most similar exported paragraph; after: a new paragraph, placed after this one. */
  by: 'anchor' | 'text' | 'after';
}

export interface ReviewChange {
  kind: ChangeKind;
  author: string | null;
  date: string | null;
  /** Inserted, deleted or moved words; the comment; the new wording of an edit. */
  text: string;
  /** The exported wording an edit replaced, or the words a comment is attached to. */
  before: string | null;
  location: ChangeLocation | null;
  /** A tracked change: where it starts in `reading`, the leader's paragraph with tracked changes rejected. */
  at?: number | null;
  reading?: string | null;
  /** A paragraph moved without tracking: the model path of the paragraph it now follows (null: it now comes first). */
  movedAfter?: string | null;
}

export interface ReviewDraft {
  id: string;
  title: string;
  document: GongwenDocument;
  versions: ReadonlyArray<{ id: string; name: string; document: GongwenDocument }>;
}

export interface ReviewReport {
  /** The version the leader was sent (from the file's stamp), or null when compared with the current draft. */
  versionName: string | null;
  anchored: boolean;
  changes: ReviewChange[];
  notes: string[];
}

/** Below this, two paragraphs are not the same paragraph reworded. */
const sameParagraph = 0.5;
/** A file without a stamp whose paragraphs match fewer of the draft's than this is not from this draft. */
const sameDocument = 0.3;

export interface Placed {
  target: DraftParagraph | null;
  /** Which printed piece of the target, when found by wording; null when an anchor names the whole. */
  piece: number | null;
  by: ChangeLocation['by'];
}

/** The document the leader was sent: the stamped version when the draft still has it, else the current draft (said in `notes`). */
export function exportedDocument(draft: ReviewDraft, reviewed: ReviewedDocx, notes: string[]): { document: GongwenDocument; versionName: string | null } {
  const stamp = reviewed.stamp;
  if (stamp && stamp.draftId !== draft.id) {
    throw new ReviewError(`这份审阅稿不是从草稿“${draft.title}”导出的（文件记录的草稿编号是 ${stamp.draftId}），请选择对应草稿的 .gwdoc 或从该草稿导出的审阅稿。`);
  }
  if (!stamp?.versionId) return { document: draft.document, versionName: null };
  const version = draft.versions.find((v) => v.id === stamp.versionId);
  if (version) return { document: version.document, versionName: version.name };
  notes.push(`审阅稿来自版本“${stamp.versionName ?? stamp.versionId}”，草稿中已没有这个版本，改为与当前草稿比较。`);
  return { document: draft.document, versionName: null };
}

/** Which exported paragraph (and printed piece of it) each paragraph of the leader's file is; `target: null` for one the leader added. */
export function place(paragraphs: readonly ReviewedParagraph[], expected: readonly DraftParagraph[]): Placed[] {
  const bySource = new Map(expected.map((p) => [p.source, p]));
  const claimed = new Set<string>();
  const placed: Placed[] = paragraphs.map((p) => {
    const source = p.anchors.find((s) => bySource.has(s));
    if (source === undefined) return { target: null, piece: null, by: 'text' };
    claimed.add(source);
    return { target: bySource.get(source)!, piece: null, by: 'anchor' };
  });
  // Unanchored paragraphs first take an unclaimed printed piece with the same wording (most are unchanged)…
  const taken = new Set<string>();
  const sameWording = new Map<string, Array<{ target: DraftParagraph; piece: number }>>();
  for (const target of expected) {
    if (claimed.has(target.source)) continue;
    target.pieces.forEach((piece, i) => {
      const key = normalise(piece);
      if (key) sameWording.set(key, [...(sameWording.get(key) ?? []), { target, piece: i }]);
    });
  }
  paragraphs.forEach((p, index) => {
    const match = placed[index]!.target ? undefined : sameWording.get(normalise(p.original))?.shift();
    if (!match) return;
    taken.add(`${match.target.source}#${match.piece}`);
    placed[index] = { target: match.target, piece: match.piece, by: 'text' };
  });
  // …then the most similar piece left, best pairs first.
  const candidates: Array<{ index: number; target: DraftParagraph; piece: number; score: number }> = [];
  paragraphs.forEach((p, index) => {
    if (placed[index]!.target || !normalise(p.original)) return;
    for (const target of expected) {
      if (claimed.has(target.source)) continue;
      target.pieces.forEach((piece, i) => {
        if (taken.has(`${target.source}#${i}`)) return;
        const score = similarity(p.original, piece);
        if (score >= sameParagraph) candidates.push({ index, target, piece: i, score });
      });
    }
  });
  candidates.sort((a, b) => b.score - a.score);
  for (const { index, target, piece } of candidates) {
    const key = `${target.source}#${piece}`;
    if (placed[index]!.target || taken.has(key)) continue;
    taken.add(key);
    placed[index] = { target, piece, by: 'text' };
  }
  return placed;
}

/**
 * What the leader's file says for each exported paragraph placed in it: the rejected readings of its
 * pieces (a title's lines, a run-on list's items) joined in printed order; and, per reviewed paragraph,
 * where its piece starts in that joined reading, so a tracked change's offset can be read against it.
 */
function readingsOf(placed: readonly Placed[], paragraphs: readonly ReviewedParagraph[]): { readings: Map<string, string>; offsets: Map<number, number> } {
  const pieces = new Map<string, Array<{ piece: number; text: string; index: number }>>();
  placed.forEach((p, index) => {
    if (!p.target) return;
    const list = pieces.get(p.target.source) ?? [];
    list.push({ piece: p.piece ?? list.length, text: paragraphs[index]!.original, index });
    pieces.set(p.target.source, list);
  });
  const readings = new Map<string, string>();
  const offsets = new Map<number, number>();
  for (const [source, list] of pieces) {
    let at = 0;
    for (const piece of list.sort((a, b) => a.piece - b.piece)) {
      offsets.set(piece.index, at);
      at += piece.text.length;
    }
    readings.set(source, list.map((p) => p.text).join(''));
  }
  return { readings, offsets };
}

/** Indexes (into `order`) of the longest run of exported positions that is still in order; the rest moved. */
function inOrder(order: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = [];
  order.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (order[tails[mid]!]! < value) low = mid + 1;
      else high = mid;
    }
    previous[i] = low > 0 ? tails[low - 1]! : -1;
    tails[low] = i;
  });
  const kept = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i !== -1; i = previous[i]!) kept.add(i);
  return kept;
}

const untracked = { at: null, reading: null, movedAfter: null };

const locate = (target: DraftParagraph, by: ChangeLocation['by']): ChangeLocation => ({ source: target.source, section: target.section, paragraph: target.number, by });

export function mapReview(draft: ReviewDraft, reviewed: ReviewedDocx): ReviewReport {
  const notes: string[] = [];
  const { document, versionName } = exportedDocument(draft, reviewed, notes);
  const expected = draftParagraphs(document);
  const placed = place(reviewed.paragraphs, expected);
  const anchored = placed.some((p) => p.by === 'anchor');

  const meaningful = expected.filter((p) => normalise(p.text).length > 0);
  const found = new Set(placed.flatMap((p) => (p.target ? [p.target.source] : [])));
  if (!reviewed.stamp && meaningful.length > 0 && meaningful.filter((p) => found.has(p.source)).length / meaningful.length < sameDocument) {
    throw new ReviewError(`这份审阅稿与草稿“${draft.title}”的文字大部分对不上，不像是从这份草稿导出的；请确认选择了正确的草稿和审阅稿。`);
  }
  if (!anchored) notes.push('审阅稿中没有本程序的段落锚点（可能不是“导出送审稿”生成的，或被其他软件去掉了），已按文字比对定位。');

  // A paragraph the leader added sits after the last placed paragraph before it.
  const locations: Array<ChangeLocation | null> = [];
  let last: DraftParagraph | null = null;
  placed.forEach((p) => {
    if (p.target) {
      last = p.target;
      locations.push(locate(p.target, p.by));
    } else locations.push(last ? locate(last, 'after') : null);
  });

  const { readings, offsets } = readingsOf(placed, reviewed.paragraphs);
  const changes: ReviewChange[] = [];
  reviewed.paragraphs.forEach((p, index) => {
    // A piece placed on an exported paragraph is read as part of it: offsets count from the paragraph's start.
    const target = placed[index]?.target;
    const offset = offsets.get(index) ?? 0;
    const reading = target ? (readings.get(target.source) ?? p.original) : p.original;
    for (const mark of p.marks) {
      changes.push({ kind: mark.kind, author: mark.author, date: mark.date, text: mark.text, before: null, location: locations[index] ?? null, at: mark.at + offset, reading, movedAfter: null });
    }
  });
  for (const comment of reviewed.comments) {
    const location = comment.paragraph === null ? null : (locations[comment.paragraph] ?? null);
    changes.push({ kind: 'comment', author: comment.author, date: comment.date, text: comment.text, before: comment.anchoredText || null, location, ...untracked });
  }

  // Untracked edits: the rejected reading of all paragraphs placed on one exported paragraph, against its exported text.
  for (const target of expected) {
    const reading = readings.get(target.source);
    if (reading === undefined) {
      if (normalise(target.text)) changes.push({ kind: 'deletedParagraph', author: null, date: null, text: target.text, before: null, location: locate(target, 'text'), ...untracked });
    } else if (normalise(reading) !== normalise(target.text)) {
      changes.push({ kind: 'edit', author: null, date: null, text: reading, before: target.text, location: locate(target, placed.find((p) => p.target === target)?.by ?? 'text'), ...untracked });
    }
  }
  placed.forEach((p, index) => {
    const paragraph = reviewed.paragraphs[index]!;
    if (!p.target && normalise(paragraph.original)) {
      changes.push({ kind: 'addedParagraph', author: null, date: null, text: paragraph.original, before: null, location: locations[index] ?? null, ...untracked });
    }
  });

  // Untracked moves: exported paragraphs met out of their exported order.
  const position = new Map(expected.map((p, i) => [p.source, i]));
  const firsts = placed.flatMap((p, index) => (p.target && placed.findIndex((q) => q.target === p.target) === index ? [{ target: p.target, by: p.by, index }] : []));
  const kept = inOrder(firsts.map((f) => position.get(f.target.source)!));
  firsts.forEach((f, i) => {
    const paragraph = reviewed.paragraphs[f.index]!;
    const trackedMove = paragraph.marks.some((m) => m.kind === 'moveFrom' || m.kind === 'moveTo');
    if (!kept.has(i) && !trackedMove) {
      const movedAfter = firsts[i - 1]?.target.source ?? null;
      changes.push({ kind: 'movedParagraph', author: null, date: null, text: f.target.text, before: null, location: locate(f.target, f.by), ...untracked, movedAfter });
    }
  });

  return { versionName, anchored, changes, notes };
}
