/**
 * A block's template guidance while it is in the editor: node state on the block's first top-level
 * node, so it moves with the words through typing, Enter and undo. A split keeps it on the first
 * half; switching the paragraph kind hands it to the new node, and an emptied paragraph to the words below.
 */
import { $getState, $isRootNode, $setState, createState, type LexicalNode, type ParagraphNode } from 'lexical';
import { GuidanceSchema, type Guidance } from '../../../../../core/model/blocks.ts';
import { sameJson } from './same-json.ts';

const guidanceState = createState('guidance', {
  parse: (json): Guidance | null => {
    const parsed = GuidanceSchema.safeParse(json);
    return parsed.success ? parsed.data : null;
  },
  isEqual: sameJson,
  resetOnCopyNode: true,
});

export const $getGuidance = (node: LexicalNode): Guidance | null => $getState(node, guidanceState);

export const $setGuidance = <T extends LexicalNode>(node: T, guidance: Guidance | null): T => $setState(node, guidanceState, guidance);

/** `next` takes `block`'s place in the body, its guidance included. */
export function $replaceBlock<T extends LexicalNode>(block: LexicalNode, next: T, includeChildren = false): T {
  const guidance = $getGuidance(block);
  if (guidance) $setGuidance(next, guidance);
  return block.replace(next, includeChildren);
}

/**
 * Enter at the start of a section's first paragraph moves its words down and leaves it empty;
 * an empty paragraph is no block, so the guidance follows the words to the paragraph below.
 */
export function $passGuidanceOn(paragraph: ParagraphNode): void {
  const guidance = $getGuidance(paragraph);
  if (!guidance || !$isRootNode(paragraph.getParent()) || paragraph.getTextContent().trim() !== '') return;
  const next = paragraph.getNextSibling();
  if (!next || $getGuidance(next) || next.getTextContent().trim() === '') return;
  $setGuidance(next, guidance);
  $setGuidance(paragraph, null);
}
