/** Text → inlines with every gap marker turned into an unfilled field that keeps the words around it. */
import type { Inline } from '../model/inline.ts';
import { openGaps } from './confirmed-names.ts';

/** `confirmedNames`: the document's names left anonymous on purpose, which stay text. */
export function inlinesWithGaps(text: string, confirmedNames: readonly string[] = []): Inline[] {
  const content: Inline[] = [];
  let at = 0;
  for (const gap of openGaps(text, confirmedNames)) {
    if (gap.start > at) content.push({ type: 'text', text: text.slice(at, gap.start) });
    content.push({ type: 'field', key: gap.label, value: null, source: null, gap: { marker: gap.marker, kind: gap.kind } });
    at = gap.end;
  }
  if (at < text.length) content.push({ type: 'text', text: text.slice(at) });
  return content;
}
