/**
 * Ordinals in the view. Runs as the root's transform — the last step of every update — so a
 * heading added, removed, moved or re-levelled renumbers everything in the same undoable step.
 * The counting is the model's own (core/model/ordinals.ts): headings restart deeper levels,
 * enumeration items count within their enumeration.
 */
import { $getRoot } from 'lexical';
import { enumerationPrefix, headingOrdinal } from '../../../../../core/model/ordinals.ts';
import { $isEnumItemNode, type EnumItemNode } from './EnumItemNode.ts';
import { $isEnumMarkerNode } from './EnumMarkerNode.ts';
import { $isBodyHeadingNode } from './HeadingNode.ts';
import { $isRunOnEnumerationNode } from './RunOnEnumerationNode.ts';

/** The next ordinal a heading of `level` would get after the top-level nodes before `index`. */
export function $nextHeadingNumber(level: 1 | 2 | 3 | 4, index: number): number {
  const counters = [0, 0, 0, 0, 0];
  for (const node of $getRoot().getChildren().slice(0, index)) {
    if (!$isBodyHeadingNode(node)) continue;
    const l = node.getLevel();
    counters[l]! += 1;
    for (let deeper = l + 1; deeper <= 4; deeper++) counters[deeper] = 0;
  }
  return counters[level]! + 1;
}

export function $renumber(): void {
  const counters = [0, 0, 0, 0, 0];
  let previousItem: EnumItemNode | null = null;
  let itemNumber = 0;
  for (const node of $getRoot().getChildren()) {
    if ($isBodyHeadingNode(node)) {
      const level = node.getLevel();
      counters[level]! += 1;
      for (let deeper = level + 1; deeper <= 4; deeper++) counters[deeper] = 0;
      const ordinal = headingOrdinal(level, counters[level]!);
      if (node.getOrdinal() !== ordinal) node.setOrdinal(ordinal);
    }
    if ($isEnumItemNode(node)) {
      const continues =
        previousItem !== null && previousItem.getEnumStyle() === node.getEnumStyle() && node.getRole() === 'item' && (!node.isFirst() || previousItem.getRole() === 'lead');
      itemNumber = continues ? itemNumber : 0;
      if (node.getRole() === 'item') itemNumber += 1;
      const ordinal = node.getRole() === 'item' ? enumerationPrefix(node.getEnumStyle(), itemNumber) : '';
      if (node.getOrdinal() !== ordinal) node.setOrdinal(ordinal);
      previousItem = node;
      continue;
    }
    previousItem = null;
    if ($isRunOnEnumerationNode(node)) {
      let n = 0;
      for (const child of node.getChildren()) {
        if (!$isEnumMarkerNode(child)) continue;
        const ordinal = enumerationPrefix(node.getEnumStyle(), ++n);
        if (child.getOrdinal() !== ordinal) child.setOrdinal(ordinal);
      }
    }
  }
}
