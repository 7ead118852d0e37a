/**
 * Source text → inline content: the one place where imported words become model inlines,
 * and where gap markers (连续×年, 【单位名称】) become unfilled fields.
 * Soft line breaks become break inlines; very long runs are split to stay within the schema.
 */
import { inlinesWithGaps } from '../gaps/gap-inlines.ts';
import type { Inline } from '../model/inline.ts';

const maxRunLength = 100_000;

export function inlineContent(text: string): Inline[] {
  const content: Inline[] = [];
  text.split('\n').forEach((segment, index) => {
    if (index > 0) content.push({ type: 'break' });
    let start = 0;
    while (start < segment.length) {
      let end = Math.min(start + maxRunLength, segment.length);
      // Never cut between the two halves of a surrogate pair (a CJK Extension B character).
      if (end < segment.length && /[\uDC00-\uDFFF]/.test(segment[end]!)) end -= 1;
      content.push(...inlinesWithGaps(segment.slice(start, end)));
      start = end;
    }
  });
  return content;
}
