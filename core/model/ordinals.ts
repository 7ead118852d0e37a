/** Computed numbering: heading ordinals per level and 一是/二是 prefixes. */
import { chineseNumeral } from '../format/chinese-numerals.ts';
import type { Block, EnumerationBlock, HeadingBlock } from './blocks.ts';

export function headingOrdinal(level: HeadingBlock['level'], n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumeral(n)}、`;
    case 2:
      return `（${chineseNumeral(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

export function enumerationPrefix(style: EnumerationBlock['style'], n: number): string {
  return style === 'yishi' ? `${chineseNumeral(n)}是` : `第${chineseNumeral(n)}，`;
}

/**
 * The ordinal of every heading in a block list, by index. A heading restarts the count
 * of every deeper level; a page break or attachment does not.
 */
export function headingOrdinals(blocks: readonly Block[]): Map<number, string> {
  const counters = [0, 0, 0, 0, 0];
  const result = new Map<number, string>();
  blocks.forEach((block, index) => {
    if (block.type !== 'heading') return;
    counters[block.level] = (counters[block.level] ?? 0) + 1;
    for (let deeper = block.level + 1; deeper <= 4; deeper++) counters[deeper] = 0;
    result.set(index, headingOrdinal(block.level, counters[block.level]!));
  });
  return result;
}
