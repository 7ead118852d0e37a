/** Text → inlines with every gap marker turned into an unfilled field that keeps the words around it. */
import type { Inline } from '../model/inline.ts';
import { findGaps } from './find-gaps.ts';

export function inlinesWithGaps(text: string): Inline[] {
  const content: Inline[] = [];
  let at = 0;
  for (const gap of findGaps(text)) {
    if (gap.start > at) content.push({ type: 'text', text: text.slice(at, gap.start) });
    content.push({ type: 'field', key: gap.label, value: null, source: null, gap: { marker: gap.marker, kind: gap.kind } });
    at = gap.end;
  }
  if (at < text.length) content.push({ type: 'text', text: text.slice(at) });
  return content;
}
