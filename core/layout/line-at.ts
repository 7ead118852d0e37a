/**
 * Preview → editor: the model element under a click on a laid-out page, so the editor can put
 * the caret there. Coordinates are twips from the paper's top-left corner, as in the layout.
 */
import type { LaidLine, LaidPage } from './page-layout.ts';

/** Twips around a line's box that still count as a hit (the gap between lines, a hanging mark). */
const slack = 160;

function distance(line: LaidLine, x: number, y: number): number {
  const right = line.x + Math.max(line.width, line.justifyTo ?? 0);
  const dx = x < line.x ? line.x - x : x > right ? x - right : 0;
  const dy = y < line.y ? line.y - y : y > line.y + line.height ? y - line.y - line.height : 0;
  return Math.max(dx, dy);
}

/** The line under (x, y), or the nearest one within a small slack; null over empty paper. */
export function lineAt(page: LaidPage, x: number, y: number): LaidLine | null {
  let best: LaidLine | null = null;
  let bestDistance = slack;
  for (const line of page.lines) {
    if (line.source === null) continue;
    const d = distance(line, x, y);
    if (d < bestDistance || (d === bestDistance && best === null)) {
      best = line;
      bestDistance = d;
    }
  }
  return best;
}
