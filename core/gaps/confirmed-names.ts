/**
 * 某某 may be a name left anonymous on purpose (某某同志 in a case report). The writer confirms it
 * once per document; from then on that name is neither a gap nor a finding there. A name is
 * recorded with its surname when it has one (张某某, 李××), so confirming 张某某 leaves 王某某 open.
 */
import { findGaps, isSurname, type GapMatch } from './find-gaps.ts';

/** The anonymised name a name gap stands for: its surname (if any) and marker. */
export function gapName(text: string, gap: Pick<GapMatch, 'start' | 'marker'>): string {
  const before = text[gap.start - 1];
  return isSurname(before) ? `${before}${gap.marker}` : gap.marker;
}

/** The gaps of `text` still to be filled: every gap but the names confirmed in this document. */
export function openGaps(text: string, confirmedNames: readonly string[]): GapMatch[] {
  const gaps = findGaps(text);
  if (confirmedNames.length === 0) return gaps;
  return gaps.filter((gap) => gap.kind !== 'name' || !confirmedNames.includes(gapName(text, gap)));
}
