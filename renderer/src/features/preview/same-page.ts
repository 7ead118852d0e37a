/**
 * Whether two laid-out pages draw the same: the layout is recomputed on every keystroke, and a
 * page whose drawing did not change keeps its DOM. Compares exactly what PagedPreview draws,
 * field by field, because a generic deep comparison of 30 pages cost more than the redraw it saved.
 */
import type { LaidLine, LaidPage, LineRun, Rule } from '../../../../core/layout/page-layout.ts';

function sameRun(a: LineRun, b: LineRun): boolean {
  return (
    a.text === b.text &&
    a.x === b.x &&
    a.font === b.font &&
    a.size === b.size &&
    a.characterSpacing === b.characterSpacing &&
    a.scale === b.scale &&
    a.color === b.color &&
    a.bold === b.bold
  );
}

function sameLine(a: LaidLine | null, b: LaidLine | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  if (a.text !== b.text || a.x !== b.x || a.y !== b.y || a.width !== b.width || a.height !== b.height || a.justifyTo !== b.justifyTo || a.source !== b.source) return false;
  if (a.runs.length !== b.runs.length) return false;
  for (let i = 0; i < a.runs.length; i++) if (!sameRun(a.runs[i]!, b.runs[i]!)) return false;
  return true;
}

function sameRule(a: Rule, b: Rule): boolean {
  return a.x1 === b.x1 && a.y1 === b.y1 && a.x2 === b.x2 && a.y2 === b.y2 && a.size === b.size && a.color === b.color && a.style === b.style;
}

export function samePage(a: LaidPage, b: LaidPage): boolean {
  if (a === b) return true;
  if (a.number !== b.number || a.kind !== b.kind || a.lines.length !== b.lines.length || a.rules.length !== b.rules.length) return false;
  if (!sameLine(a.pageNumber, b.pageNumber)) return false;
  for (let i = 0; i < a.lines.length; i++) if (!sameLine(a.lines[i]!, b.lines[i]!)) return false;
  for (let i = 0; i < a.rules.length; i++) if (!sameRule(a.rules[i]!, b.rules[i]!)) return false;
  return true;
}
