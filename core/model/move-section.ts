/**
 * Reordering the body by sections. A section is a heading with everything under it up to the
 * next heading of the same or a higher level; it always moves whole, and it only lands on a
 * section boundary of its own level, so no other section is ever cut in two. Ordinals are
 * computed from positions (ordinals.ts), so the numbering follows by itself.
 */
import type { Block, HeadingBlock } from './blocks.ts';

/** [start, end) of the section that starts at the heading at `index`; null when there is no heading there. */
export function sectionRange(blocks: readonly Block[], index: number): { start: number; end: number } | null {
  const heading = blocks[index];
  if (heading?.type !== 'heading') return null;
  let end = index + 1;
  while (end < blocks.length && !isBoundaryFor(blocks[end]!, heading.level)) end++;
  return { start: index, end };
}

function isBoundaryFor(block: Block, level: HeadingBlock['level']): boolean {
  return block.type === 'heading' && block.level <= level;
}

/**
 * Moves the section at `from` so that it starts where `to` (an index in the unchanged list) is now.
 * `to` must be a boundary for the section's level: the index of a heading of that level or higher,
 * or the end of the list. Null when the move is not allowed or changes nothing.
 */
export function moveSectionTo(blocks: readonly Block[], from: number, to: number): Block[] | null {
  const range = sectionRange(blocks, from);
  if (!range) return null;
  const level = (blocks[from] as HeadingBlock).level;
  if (to < 0 || to > blocks.length) return null;
  if (to < blocks.length && !isBoundaryFor(blocks[to]!, level)) return null;
  if (to >= range.start && to <= range.end) return null;
  const section = blocks.slice(range.start, range.end);
  const rest = [...blocks.slice(0, range.start), ...blocks.slice(range.end)];
  const at = to > range.end ? to - section.length : to;
  return [...rest.slice(0, at), ...section, ...rest.slice(at)];
}

/** Swaps the section at `index` with its previous or next sibling under the same parent; null at either end. */
export function moveSection(blocks: readonly Block[], index: number, direction: 'up' | 'down'): Block[] | null {
  const range = sectionRange(blocks, index);
  if (!range) return null;
  const level = (blocks[index] as HeadingBlock).level;
  if (direction === 'down') {
    const next = blocks[range.end];
    if (next?.type !== 'heading' || next.level !== level) return null;
    return moveSectionTo(blocks, index, sectionRange(blocks, range.end)!.end);
  }
  for (let i = index - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.type !== 'heading' || block.level > level) continue;
    return block.level === level ? moveSectionTo(blocks, index, i) : null;
  }
  return null;
}

/** Where a section dropped on another heading of its level lands: in that heading's place, before it when coming from below, after its section when coming from above. */
export function dropTarget(blocks: readonly Block[], from: number, onto: number): number | null {
  const dragged = blocks[from];
  const target = blocks[onto];
  if (dragged?.type !== 'heading' || target?.type !== 'heading' || target.level !== dragged.level || onto === from) return null;
  return onto < from ? onto : sectionRange(blocks, onto)!.end;
}
