/**
 * The body read back after an edit is all new objects; keeping every block that did not change as
 * the same object lets the outline, the field list and the layout request see at a glance what moved.
 */
import type { Block } from '../../../../../core/model/blocks.ts';
import { sameJson } from './same-json.ts';

/** The new blocks with each one equal to the block at its place before kept as that object, or null when nothing changed. */
export function reuseUnchanged(previous: readonly Block[], next: readonly Block[]): Block[] | null {
  let changed = previous.length !== next.length;
  const blocks = next.map((block, i) => {
    const before = previous[i];
    if (before !== undefined && sameJson(block, before)) return before;
    changed = true;
    return block;
  });
  return changed ? blocks : null;
}
