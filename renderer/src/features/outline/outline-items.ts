/** The body's headings as outline entries, with the ordinals the printed document will carry. */
import type { Block, HeadingBlock } from '../../../../core/model/blocks.ts';
import { inlineText } from '../../../../core/model/inline.ts';
import { headingOrdinals } from '../../../../core/model/ordinals.ts';

export interface OutlineItem {
  /** Index of the heading in the body. */
  index: number;
  level: HeadingBlock['level'];
  ordinal: string;
  text: string;
}

export function outlineItems(blocks: readonly Block[]): OutlineItem[] {
  const ordinals = headingOrdinals(blocks);
  return blocks.flatMap((block, index) => (block.type === 'heading' ? [{ index, level: block.level, ordinal: ordinals.get(index) ?? '', text: inlineText(block.content) }] : []));
}
