/**
 * A list sent between the UI thread and the layout worker as the entries that differ from the
 * list sent before: a keystroke changes one block of two hundred and redraws a page or two of
 * thirty, so only those cross, and the receiver keeps its own objects for the rest (which
 * PagedPreview then skips without comparing a line).
 */
import type { LaidPage } from '../../../../core/layout/page-layout.ts';
import { samePage } from './same-page.ts';

export interface ListDelta<T> {
  /** How many entries the list has now. */
  count: number;
  /** Each entry that is new or different, by its place. */
  changed: [index: number, entry: T][];
}

/** `before` is what the receiver holds; null when it holds nothing from this sender yet. */
export function listDelta<T>(before: readonly T[] | null, after: readonly T[], same: (a: T, b: T) => boolean): ListDelta<T> {
  const changed: ListDelta<T>['changed'] = [];
  after.forEach((entry, i) => {
    const old = before?.[i];
    if (old === undefined || !same(old, entry)) changed.push([i, entry]);
  });
  return { count: after.length, changed };
}

/**
 * The list a delta describes, built on the list it was made against. An entry sent again but the
 * same (all of a new worker's first answer) is kept as the held object too.
 */
export function applyListDelta<T>(before: readonly T[], delta: ListDelta<T>, same: (a: T, b: T) => boolean): T[] {
  const changed = new Map(delta.changed);
  return Array.from({ length: delta.count }, (_, i) => {
    const held = before[i];
    const entry = changed.get(i);
    if (entry !== undefined) return held !== undefined && same(held, entry) ? held : entry;
    if (held === undefined) throw new Error(`版面更新缺少第 ${i + 1} 项`);
    return held;
  });
}

/** Pages compare by what they draw. */
export const pageDelta = (before: readonly LaidPage[] | null, after: readonly LaidPage[]) => listDelta(before, after, samePage);
export const applyPageDelta = (before: readonly LaidPage[], delta: ListDelta<LaidPage>) => applyListDelta(before, delta, samePage);

/** Blocks compare by identity: the editor keeps every block it did not change as the same object, and nothing edits a block in place. */
export const sameObject = <T>(a: T, b: T) => a === b;
