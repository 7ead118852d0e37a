/**
 * Breaks a 公文 title (2号小标宋, centred) into lines of at most 20 characters (§7.3.1 and
 * practice): never inside a word (Intl.Segmenter), never a closing mark at a line start or an
 * opening mark at a line end (避头尾), two lines 上长下短, three or more 梯形 (each line no
 * longer than the one above) or 菱形 (longest in the middle), never 沙漏形 (a middle line
 * shorter than both neighbours). The writer's own \n hints are kept as they are.
 */
import { CharFlag, charFlags } from './char-class.ts';

/** Most characters on one title line (half-width letters and digits count half). */
export const titleLineLimit = 20;

/** Beyond this many break points the search stops trying every split and fills lines greedily. */
const exhaustiveLimit = 60;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Printed length in 2号 characters: a half-width letter or digit is half a character. */
export function titleLength(text: string): number {
  let length = 0;
  for (const ch of text) length += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
  return length;
}

interface BreakPoint {
  at: number;
  /** Cost of ending a line here: high between two lone characters, which are usually one word the dictionary does not know (党风廉政). */
  penalty: number;
}

const loneCharacterPenalty = 50;

/** Offsets where a line may end: word boundaries that leave no forbidden mark at either side. */
function breakPoints(text: string): BreakPoint[] {
  const points: BreakPoint[] = [];
  const segments = [...segmenter.segment(text)];
  for (let i = 1; i < segments.length; i++) {
    const before = segments[i - 1]!;
    const after = segments[i]!;
    if (charFlags(text.charCodeAt(after.index)) & CharFlag.ForbiddenBegin) continue;
    if (charFlags(text.charCodeAt(after.index - 1)) & CharFlag.ForbiddenEnd) continue;
    const lone = before.segment.length === 1 && after.segment.length === 1 && before.isWordLike === true && after.isWordLike === true;
    points.push({ at: after.index, penalty: lone ? loneCharacterPenalty : 0 });
  }
  return points;
}

function isHourglass(lengths: readonly number[]): boolean {
  for (let i = 1; i < lengths.length - 1; i++) if (lengths[i]! < lengths[i - 1]! && lengths[i]! < lengths[i + 1]!) return true;
  return false;
}

/** 梯形: no line longer than the one above; 菱形: rising to one longest line, then falling. */
function shapeCost(lengths: readonly number[]): number {
  if (isHourglass(lengths)) return Infinity;
  const mean = lengths.reduce((sum, length) => sum + length, 0) / lengths.length;
  let cost = lengths.reduce((sum, length) => sum + (length - mean) ** 2, 0);
  const trapezoid = lengths.every((length, i) => i === 0 || length <= lengths[i - 1]!);
  if (!trapezoid) {
    // Two lines must be 上长下短; for more lines a 菱形 is allowed but second best.
    if (lengths.length === 2) cost += 1000;
    else cost += 10;
  }
  return cost;
}

/** The best split of `text` into `count` lines, or null if none respects the limit. */
function bestSplit(text: string, points: readonly BreakPoint[], count: number): string[] | null {
  let best: { cost: number; cuts: number[] } | null = null;
  const cuts: number[] = [];
  let penalty = 0;
  const search = (from: number, firstPoint: number) => {
    if (cuts.length === count - 1) {
      const bounds = [0, ...cuts, text.length];
      const lengths = bounds.slice(1).map((end, i) => titleLength(text.slice(bounds[i], end)));
      if (lengths.some((length) => length > titleLineLimit)) return;
      const cost = shapeCost(lengths) + penalty;
      if (cost < (best?.cost ?? Infinity)) best = { cost, cuts: [...cuts] };
      return;
    }
    for (let p = firstPoint; p < points.length; p++) {
      const { at, penalty: cost } = points[p]!;
      if (titleLength(text.slice(from, at)) > titleLineLimit) break;
      cuts.push(at);
      penalty += cost;
      search(at, p + 1);
      penalty -= cost;
      cuts.pop();
    }
  };
  search(0, 0);
  const found = best as { cost: number; cuts: number[] } | null;
  if (!found) return null;
  const bounds = [0, ...found.cuts, text.length];
  return bounds.slice(1).map((end, i) => text.slice(bounds[i], end));
}

/** Fills each line as far as the limit allows; for titles too long to search exhaustively. */
function greedySplit(text: string, points: readonly BreakPoint[]): string[] {
  const lines: string[] = [];
  let start = 0;
  let last = 0;
  for (const point of [...points.map((p) => p.at), text.length]) {
    if (titleLength(text.slice(start, point)) > titleLineLimit && last > start) {
      lines.push(text.slice(start, last));
      start = last;
    }
    last = point;
  }
  lines.push(text.slice(start));
  return lines;
}

function splitLine(text: string): string[] {
  if (titleLength(text) <= titleLineLimit) return [text];
  const points = breakPoints(text);
  if (points.length > exhaustiveLimit) return greedySplit(text, points);
  for (let count = Math.ceil(titleLength(text) / titleLineLimit); count <= points.length + 1; count++) {
    const lines = bestSplit(text, points, count);
    if (lines) return lines;
  }
  // A single word longer than a line: fall back to filling lines.
  return greedySplit(text, points);
}

/** The printed lines of a title; explicit \n hints in `title` always end a line. */
export function splitTitle(title: string): string[] {
  return title
    .split('\n')
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap(splitLine);
}
