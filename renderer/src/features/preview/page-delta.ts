/**
 * A new layout as the pages that differ from the last one sent: a keystroke redraws a page or
 * two of thirty, so the UI thread receives those alone, and keeps its own objects for the rest
 * (which PagedPreview then skips without comparing a line).
 */
import type { LaidPage } from '../../../../core/layout/page-layout.ts';
import { samePage } from './same-page.ts';

export interface PageDelta {
  /** How many pages the layout has now. */
  count: number;
  /** Each page that is new or drawn differently, by its place. */
  changed: [index: number, page: LaidPage][];
}

/** `before` is what the receiver holds; null when it holds nothing from this sender yet. */
export function pageDelta(before: readonly LaidPage[] | null, after: readonly LaidPage[]): PageDelta {
  const changed: PageDelta['changed'] = [];
  after.forEach((page, i) => {
    const old = before?.[i];
    if (!old || !samePage(old, page)) changed.push([i, page]);
  });
  return { count: after.length, changed };
}

/**
 * The pages a delta describes, built on the pages it was made against. A page sent again but drawn
 * the same (all of a new worker's first answer) is kept as the held object too.
 */
export function applyPageDelta(before: readonly LaidPage[], delta: PageDelta): LaidPage[] {
  const changed = new Map(delta.changed);
  return Array.from({ length: delta.count }, (_, i) => {
    const held = before[i];
    const page = changed.get(i);
    if (page) return held && samePage(held, page) ? held : page;
    if (!held) throw new Error(`版面更新缺少第 ${i + 1} 页`);
    return held;
  });
}
