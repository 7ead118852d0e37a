/**
 * Accepting a leader's review into the draft. Per paragraph the accepted tracked changes are
 * replayed on the leader's reading (or on the exported words, when the untracked edit there is
 * not accepted), and the difference from what was exported is carried into the model's runs;
 * accepted deleted, added and moved paragraphs change the body. A paragraph the writer changed
 * again since the 送审稿, or a change the model has no place for, is left as it is and named,
 * so nothing is applied half-way or over the writer's newer words.
 */
import type { Block } from '../model/blocks.ts';
import type { GongwenDocument } from '../model/document.ts';
import { text } from '../model/inline.ts';
import { draftParagraphs } from './draft-paragraphs.ts';
import { editBlockText, type TextSplice } from './edit-block-text.ts';
import type { ReviewChange } from './map-review.ts';
import { normalise } from './similarity.ts';

export type DecidedChange = ReviewChange & { id: number; decision: 'pending' | 'accepted' | 'rejected' };

export interface AppliedReview {
  document: GongwenDocument;
  /** Ids of the accepted changes that are now in the document. */
  applied: number[];
  problems: Array<{ id: number; message: string }>;
}

const spliceKinds = new Set<ReviewChange['kind']>(['insertion', 'deletion', 'moveFrom', 'moveTo', 'edit']);
const removes = (kind: ReviewChange['kind']) => kind === 'deletion' || kind === 'moveFrom';

/** Where two texts stop agreeing from the start and from the end. */
function differ(a: string, b: string): { start: number; endA: number; endB: number } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let tail = 0;
  while (tail < a.length - start && tail < b.length - start && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { start, endA: a.length - tail, endB: b.length - tail };
}

const diffSplice = (from: string, to: string): TextSplice => {
  const { start, endA, endB } = differ(from, to);
  return { at: start, remove: endA - start, insert: to.slice(start, endB) };
};

/** A tracked change as a splice of `base`: the leader's reading itself, or the exported words when the edit around it is not taken. */
function trackedSplice(change: ReviewChange, reading: string, base: string): TextSplice | string {
  const at = change.at ?? 0;
  const remove = removes(change.kind) ? change.text.length : 0;
  if (remove && reading.slice(at, at + remove) !== change.text) return '审阅稿中这处修订的位置与文字对不上，请手工修改';
  const splice = { at, remove, insert: remove ? '' : change.text };
  if (base === reading) return splice;
  const { start, endA, endB } = differ(reading, base);
  if (at + remove <= start) return splice;
  if (at >= endA) return { ...splice, at: at - endA + endB };
  return '这处修订与同一段的未修订改动交叠，请一并接受未修订改动，或手工修改';
}

/**
 * The parts outside the body that are plain words in the model, and how the leader's wording goes back
 * into each: only when the part still prints exactly as exported (the writer has not changed it since).
 */
const plainParts: Record<string, { name: string; take: (current: GongwenDocument, exported: string, result: string) => Partial<GongwenDocument> | null }> = {
  // However many lines the title prints on, it is one string.
  title: { name: '标题', take: (current, exported, result) => (current.title === exported ? { title: result } : null) },
  // Printed as the names joined by 、 with a closing colon.
  addressees: {
    name: '主送机关',
    take: (current, exported, result) =>
      `${current.addressees.join('、')}：` === exported
        ? {
            addressees: result
              .replace(/[：:]\s*$/, '')
              .split('、')
              .map((name) => name.trim())
              .filter((name) => name !== ''),
          }
        : null,
  },
  // Printed in full-width brackets, which the model may leave out; the leader's words come back in the writer's form.
  note: {
    name: '附注',
    take: (current, exported, result) => {
      const typed = current.note?.trim() ?? '';
      const bracketed = /^[（(].*[）)]$/.test(typed);
      if ((bracketed ? typed : `（${typed}）`) !== exported) return null;
      const words = bracketed ? result.trim() : result.trim().replace(/^[（(]/, '').replace(/[）)]$/, '');
      return { note: normalise(words) ? words : null };
    },
  },
};

interface ParagraphPlan {
  source: string;
  exported: string;
  /** The paragraph as the accepted changes leave it. */
  result: string;
  ids: number[];
}

const bodyIndex = (source: string): { index: number; rest: string[] } | null => {
  const [part, index, ...rest] = source.split('.');
  return part === 'body' && index !== undefined && /^\d+$/.test(index) ? { index: Number(index), rest } : null;
};

/** What the accepted changes of one exported paragraph make of it; changes that cannot be replayed are named. */
function planParagraph(source: string, exported: string, changes: readonly DecidedChange[], problems: AppliedReview['problems']): ParagraphPlan | null {
  const edit = changes.find((c) => c.kind === 'edit');
  const tracked = changes.filter((c) => c.kind !== 'edit' && c.decision === 'accepted');
  const reading = edit?.text ?? tracked.find((c) => c.reading)?.reading ?? exported;
  const base = !edit || edit.decision === 'accepted' ? reading : exported;
  const splices: Array<TextSplice & { id: number }> = [];
  for (const change of tracked) {
    const splice = trackedSplice(change, change.reading ?? reading, base);
    if (typeof splice === 'string') problems.push({ id: change.id, message: splice });
    else splices.push({ ...splice, id: change.id });
  }
  // From the end, so earlier offsets hold; at one offset a deletion goes before the insertion that replaces it.
  splices.sort((a, b) => b.at - a.at || b.remove - a.remove);
  let result = base;
  for (const s of splices) result = result.slice(0, s.at) + s.insert + result.slice(s.at + s.remove);
  const ids = [...splices.map((s) => s.id), ...(edit?.decision === 'accepted' ? [edit.id] : [])];
  return ids.length > 0 ? { source, exported, result, ids } : null;
}

/** The body after moves, removals and added paragraphs; `after` keys are original indexes, -1 for the top. */
function rebuildBody(body: readonly Block[], removed: ReadonlySet<number>, added: ReadonlyMap<number, Block[]>, movedAfter: ReadonlyMap<number, number>): Block[] {
  const followers = new Map<number, number[]>();
  for (const [moved, after] of movedAfter) followers.set(after, [...(followers.get(after) ?? []), moved]);
  const out: Block[] = [];
  const emit = (index: number) => {
    if (index >= 0 && !removed.has(index)) out.push(body[index]!);
    out.push(...(added.get(index) ?? []));
    for (const next of followers.get(index) ?? []) emit(next);
  };
  emit(-1);
  body.forEach((_, index) => {
    if (!movedAfter.has(index)) emit(index);
  });
  return out;
}

export function applyReview(exportedDocument: GongwenDocument, current: GongwenDocument, changes: readonly DecidedChange[]): AppliedReview {
  const problems: AppliedReview['problems'] = [];
  const applied: number[] = [];
  const exported = new Map(draftParagraphs(exportedDocument).map((p) => [p.source, p.text]));
  const now = new Map(draftParagraphs(current).map((p) => [p.source, p.text]));
  const unchangedSince = (source: string) => exported.has(source) && exported.get(source) === now.get(source);
  const body = [...current.body];
  let plain: Pick<GongwenDocument, 'title' | 'addressees' | 'note'> = { title: current.title, addressees: current.addressees, note: current.note };
  const removed = new Set<number>();
  const removedItems = new Map<number, Set<number>>();
  const added = new Map<number, Block[]>();
  const movedAfter = new Map<number, number>();

  const accepted = changes.filter((c) => c.decision === 'accepted');
  const refuse = (ids: readonly number[], message: string) => problems.push(...ids.map((id) => ({ id, message })));

  // Words within paragraphs.
  const bySource = new Map<string, DecidedChange[]>();
  for (const change of changes) {
    if (!spliceKinds.has(change.kind) || !change.location || change.location.by === 'after') continue;
    bySource.set(change.location.source, [...(bySource.get(change.location.source) ?? []), change]);
  }
  for (const [source, group] of bySource) {
    if (!group.some((c) => c.decision === 'accepted')) continue;
    const plan = planParagraph(source, exported.get(source) ?? '', group, problems);
    if (!plan) continue;
    const place = bodyIndex(source);
    const part = plainParts[source];
    if (part) {
      const taken = unchangedSince(source) ? part.take(current, plan.exported, plan.result) : null;
      if (taken) {
        plain = { ...plain, ...taken };
        applied.push(...plan.ids);
      } else refuse(plan.ids, `送审后${part.name}又改过，为免覆盖没有自动修改，请对照审阅稿手工修改`);
    } else if (!place) refuse(plan.ids, '发文机关署名、成文日期、版记等版面部分不自动修改，请按审阅稿手工修改');
    else if (!unchangedSince(source)) refuse(plan.ids, '送审后草稿中这一段又改过，为免覆盖没有自动修改，请对照审阅稿手工修改');
    else if (!normalise(plan.result)) {
      if (place.rest[0] === 'items') removedItems.set(place.index, new Set([...(removedItems.get(place.index) ?? []), Number(place.rest[1])]));
      else removed.add(place.index);
      applied.push(...plan.ids);
    } else {
      const edit = editBlockText(body[place.index]!, place.rest, plan.exported, diffSplice(plan.exported, plan.result));
      if (typeof edit === 'string') refuse(plan.ids, edit);
      else {
        body[place.index] = edit.block;
        applied.push(...plan.ids);
      }
    }
  }

  // Whole paragraphs.
  for (const change of accepted) {
    const place = change.location ? bodyIndex(change.location.source) : null;
    const newParagraph = change.kind === 'addedParagraph' || ((change.kind === 'insertion' || change.kind === 'moveTo') && change.location?.by === 'after');
    if (newParagraph) {
      if (!place) refuse([change.id], '新增段落不在正文中，请手工添加');
      else {
        added.set(place.index, [...(added.get(place.index) ?? []), { type: 'paragraph', content: text(change.text) }]);
        applied.push(change.id);
      }
    } else if (change.kind === 'deletedParagraph' || change.kind === 'movedParagraph') {
      const after = change.kind === 'movedParagraph' ? (!change.movedAfter ? { index: -1, rest: [] } : bodyIndex(change.movedAfter)) : null;
      if (!place || (change.kind === 'movedParagraph' && !after)) refuse([change.id], '这一段不在正文中，请手工修改');
      else if (!unchangedSince(change.location!.source)) refuse([change.id], '送审后草稿中这一段又改过，为免改错没有自动修改，请手工修改');
      else if (change.kind === 'deletedParagraph') {
        if (place.rest[0] === 'items') removedItems.set(place.index, new Set([...(removedItems.get(place.index) ?? []), Number(place.rest[1])]));
        else removed.add(place.index);
        applied.push(change.id);
      } else if (place.rest.length > 0 || after!.rest.length > 0) refuse([change.id], '列举项的移动请在正文中手工调整');
      else {
        movedAfter.set(place.index, after!.index);
        applied.push(change.id);
      }
    } else if (change.kind === 'comment' || change.kind === 'formatting' || change.kind === 'paragraphFormatting') applied.push(change.id);
  }

  for (const [index, items] of removedItems) {
    const block = body[index];
    if (block?.type !== 'enumeration') continue;
    const left = block.items.filter((_, i) => !items.has(i));
    if (left.length === 0) removed.add(index);
    else body[index] = { ...block, items: left };
  }
  return { document: { ...current, ...plain, body: rebuildBody(body, removed, added, movedAfter) }, applied, problems };
}

/** Keys of ledger-filled fields in the exported paragraph that a change alters (or deletes with its paragraph), for the 数据已被改动 flag. */
export function dataFieldsChanged(exportedDocument: GongwenDocument, change: ReviewChange): string[] {
  if (!change.location || change.location.by === 'after') return [];
  const place = bodyIndex(change.location.source);
  const block = place ? exportedDocument.body[place.index] : undefined;
  const exported = draftParagraphs(exportedDocument).find((p) => p.source === change.location!.source)?.text;
  if (!place || !block || exported === undefined) return [];
  let splice: TextSplice | string;
  if (change.kind === 'edit') splice = diffSplice(exported, change.text);
  else if (change.kind === 'deletedParagraph') splice = { at: 0, remove: exported.length, insert: '' };
  else if (spliceKinds.has(change.kind)) splice = trackedSplice(change, change.reading ?? exported, exported);
  else return [];
  if (typeof splice === 'string') return [];
  const edit = editBlockText(block, place.rest, exported, splice);
  return typeof edit === 'string' ? [] : [...new Set(edit.dataFields)];
}
