/**
 * Breaks one typeset paragraph into lines the way LibreOffice 7.4 does with exact line
 * spacing and condensed runs: fill the line while the advances fit; if the next character is
 * a hanging mark (。，、：；？！) it hangs past the margin; otherwise back up over the zh-CN
 * 避头尾 characters; never split a Latin word or a number; soft breaks end a line; tabs jump to
 * the paragraph's tab stops. Works on reusable typed arrays: no allocation per character.
 */
import type { TabStop, TypesetParagraph, TypesetRun } from '../typeset/typeset.ts';
import { autoSpace, charAdvance } from './char-advance.ts';
import { CharFlag, charFlags, isLatinWordChar, Script, scriptOf, spacingClass } from './char-class.ts';
import type { LineRun } from './page-layout.ts';

/** One line of a paragraph, positioned inside its box (the 版心 or a table cell's text area). */
export interface BrokenLine {
  text: string;
  /** Left edge of the text from the box's left edge, alignment applied. */
  x: number;
  width: number;
  hanging: number;
  justifyTo: number | null;
  /** Runs with `x` relative to the line's `x`. */
  runs: LineRun[];
}

/** Word's and the docx writer's default tab interval (settings.xml w:defaultTabStop). */
const defaultTabStop = 420;

let advances = new Int32Array(4096);
let runIndex = new Int32Array(4096);
/** Same number for consecutive runs that look the same: LibreOffice merges them into one portion. */
let looks = new Int32Array(4096);
let scripts = new Uint8Array(4096);
/** The Asian–Latin gap before a code unit, dropped when the unit starts a line. */
let gaps = new Int32Array(4096);
/**
 * Each unit's character spacing. LibreOffice puts it between characters, so a line or tab
 * segment ends at the last glyph's full advance (measured: a 7245-twip line takes 22 condensed
 * 3号 characters, not 23 × 315; right-tabbed text ends on the stop).
 */
let spacings = new Int32Array(4096);

function reserve(length: number): void {
  if (advances.length >= length) return;
  const size = Math.max(length, advances.length * 2);
  advances = new Int32Array(size);
  runIndex = new Int32Array(size);
  looks = new Int32Array(size);
  scripts = new Uint8Array(size);
  gaps = new Int32Array(size);
  spacings = new Int32Array(size);
}

/** Concatenated run text (a soft break reads as \n) with every code unit's advance, run and script. */
function measure(runs: readonly TypesetRun[]): string {
  const text = runs.map((run) => (run.lineBreak ? '\n' : run.text)).join('');
  reserve(text.length + 1);
  let at = 0;
  let latinContext = true;
  let previousClass = 0;
  let previousSpacing = 0;
  let look = 0;
  let previousRun: TypesetRun | null = null;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (run.lineBreak) {
      advances[at] = 0;
      gaps[at] = 0;
      spacings[at] = 0;
      scripts[at] = Script.Weak;
      looks[at] = ++look;
      runIndex[at++] = r;
      previousClass = 0;
      previousRun = null;
      continue;
    }
    if (!previousRun || !sameLook(previousRun, run)) look++;
    previousRun = run;
    const bold = run.bold ?? false;
    for (let i = 0; i < run.text.length; i++) {
      const code = run.text.codePointAt(i)!;
      const script = scriptOf(code);
      const resolved = script === Script.Weak ? (latinContext ? Script.Latin : Script.Asian) : script;
      const spacing = spacingClass(code, resolved);
      runIndex[at] = r;
      looks[at] = look;
      scripts[at] = resolved;
      spacings[at] = code === 9 ? 0 : run.characterSpacing;
      advances[at] = code === 9 ? 0 : charAdvance(code, script, latinContext, run.font, run.size, bold, run.characterSpacing, run.scale ?? 100);
      gaps[at] = spacing !== 0 && previousClass !== 0 && spacing !== previousClass ? autoSpace(run.size, previousSpacing) : 0;
      previousClass = spacing;
      previousSpacing = run.characterSpacing;
      if (script !== Script.Weak) latinContext = script === Script.Latin;
      at++;
      if (code > 0xffff) {
        advances[at] = 0;
        gaps[at] = 0;
        spacings[at] = 0;
        looks[at] = look;
        scripts[at] = scripts[at - 1]!;
        runIndex[at++] = r;
        i++;
      }
    }
  }
  return text;
}

/** Width of the text from `from` up to the next tab or line end, for right and centre tabs. */
function segmentWidth(text: string, from: number, end: number): number {
  let width = 0;
  let last = -1;
  for (let i = from; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 9 || code === 10) break;
    width += advances[i]! + (i > from ? gaps[i]! : 0);
    last = i;
  }
  return last < 0 ? 0 : width - spacings[last]!;
}

/** Where the text after a tab at `x` starts: the first stop right of `x`, else the next default stop. */
function tabTarget(tabs: readonly TabStop[], x: number, text: string, next: number, end: number): number {
  for (const stop of tabs) {
    if (stop.position <= x) continue;
    if (stop.kind === 'left') return stop.position;
    const following = segmentWidth(text, next, end);
    return Math.max(x, stop.position - (stop.kind === 'right' ? following : following / 2));
  }
  return (Math.floor(x / defaultTabStop) + 1) * defaultTabStop;
}

/** Index after the last break position at or before `at` that keeps Latin words and numbers whole. */
function wordStart(text: string, at: number, lineStart: number): number {
  let p = at;
  while (p > lineStart && isLatinWordChar(text.charCodeAt(p - 1)) && isLatinWordChar(text.charCodeAt(p)) && !breaksAfterHyphen(text, p)) p--;
  return p;
}

/** ICU breaks after a hyphen between letters or digits (E-|mail, ABC-|2024-|001), not after a leading one (-5). */
function breaksAfterHyphen(text: string, at: number): boolean {
  return text.charCodeAt(at - 1) === 0x2d && isAlphanumeric(text.charCodeAt(at - 2)) && isAlphanumeric(text.charCodeAt(at));
}

function isAlphanumeric(code: number): boolean {
  const lower = code | 0x20;
  return (code >= 0x30 && code <= 0x39) || (lower >= 0x61 && lower <= 0x7a);
}

function sameLook(a: TypesetRun, b: TypesetRun): boolean {
  return a.font === b.font && a.size === b.size && a.characterSpacing === b.characterSpacing && (a.scale ?? 100) === (b.scale ?? 100) && a.color === b.color && (a.bold ?? false) === (b.bold ?? false);
}

/**
 * LibreOffice formats a line portion by portion (a portion is text of one look in one script);
 * a mark that opens a new portion cannot hang (measured: `…E-mail：jw@example.gov.cn，` moves
 * the address down rather than hang the ，).
 */
function samePortion(before: number, at: number): boolean {
  return looks[before] === looks[at] && scripts[before] === scripts[at];
}

const openers = new Set([...'（《〔“‘【〈「『〖［｛([{'].map((ch) => ch.charCodeAt(0)));
const closers = new Set([...'）》〕”’】〉」』〗］｝)]}'].map((ch) => ch.charCodeAt(0)));

/**
 * Pairs that never break: —— always (UAX #14 B2 × B2); and where ICU decides (`icu`), a Latin
 * letter or digit before an opening mark (2024《, PDF（) and a closing mark before a Latin letter
 * or digit (》PDF, 〕12, ”2024). Measured in LibreOffice: `纪2024《条例》` overflowing at 《 moves
 * 2024 down, overflowing at 条 breaks as `2024|《条例》`; `《条例》PDF` breaks as `《条|例》PDF`;
 * …… may be split.
 */
function gluedPair(before: number, after: number, icu: boolean): boolean {
  if (before === 0x2014 && after === 0x2014) return true;
  return icu && ((isAlphanumeric(before) && openers.has(after)) || (closers.has(before) && isAlphanumeric(after)));
}

/** Where LibreOffice ends a line whose character at `cut` no longer fits. */
function breakBefore(text: string, cut: number, lineStart: number): number {
  const code = text.charCodeAt(cut);
  if (code === 0x20) {
    // Spaces never start a line: they stay at the end of this one, outside the margin.
    let p = cut;
    while (p < text.length && text.charCodeAt(p) === 0x20) p++;
    return p;
  }
  let p = cut;
  const continuesPortion = cut > lineStart && samePortion(cut - 1, cut);
  if (scripts[cut] === Script.Asian && charFlags(code) & CharFlag.Hanging && continuesPortion) p = cut + 1;
  // ICU's pair rules decide when the overflowing character is Latin or opens a portion after
  // Latin text; inside Chinese text only the 避头尾 lists do.
  const icu = scripts[cut] === Script.Latin || (!continuesPortion && cut > lineStart && scripts[cut - 1] === Script.Latin);
  // Back up until no rule forbids breaking here: each step can expose another (〔|2024 → 〔 at the end).
  let moved = true;
  while (moved && p > lineStart && p < text.length) {
    const before = p;
    while (p > lineStart && (charFlags(text.charCodeAt(p)) & CharFlag.ForbiddenBegin || charFlags(text.charCodeAt(p - 1)) & CharFlag.ForbiddenEnd)) p--;
    if (p > lineStart) p = wordStart(text, p, lineStart);
    // Inside a Latin portion (2024“ before 回) ICU decides even when the overflow was Chinese.
    while (p > lineStart && gluedPair(text.charCodeAt(p - 1), text.charCodeAt(p), icu || (scripts[p - 1] === Script.Latin && scripts[p] === Script.Latin))) p--;
    moved = p !== before;
  }
  if (p > lineStart) return p;
  // Nothing breakable fits (a word longer than the line): cut it where it overflows, at least one character.
  if (cut > lineStart) return cut;
  return lineStart + (text.charCodeAt(lineStart) >= 0xd800 && text.charCodeAt(lineStart) < 0xdc00 ? 2 : 1);
}

/** The runs of [start, end) with their x positions, tabs resolved; returns them and the end x. */
function placeRuns(paragraph: TypesetParagraph, text: string, start: number, end: number, left: number): { runs: LineRun[]; x: number } {
  const runs: LineRun[] = [];
  let x = left;
  let pieceStart = start;
  let pieceX = x;
  const flush = (until: number) => {
    if (until > pieceStart) {
      const run = paragraph.runs[runIndex[pieceStart]!]!;
      runs.push({ text: text.slice(pieceStart, until), x: pieceX - left, width: x - pieceX, font: run.font, size: run.size, characterSpacing: run.characterSpacing, scale: run.scale ?? 100, color: run.color, bold: run.bold ?? false });
    }
  };
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 9 || code === 10) {
      flush(i);
      if (code === 9) x = tabTarget(paragraph.tabs, x, text, i + 1, end);
      pieceStart = i + 1;
      pieceX = x;
      continue;
    }
    const gap = i > start ? gaps[i]! : 0;
    // A new piece at each run change and at each Asian–Latin gap, so a renderer that draws a
    // piece as one string needs no autospace support of its own.
    if (i > pieceStart && (gap !== 0 || runIndex[i] !== runIndex[pieceStart])) {
      flush(i);
      pieceStart = i;
      pieceX = x + gap;
    }
    x += gap + advances[i]!;
  }
  flush(end);
  return { runs, x };
}

/**
 * Lines of `paragraph` in a box `boxWidth` twips wide (the 版心 or a cell's text area). The
 * first line starts at indent.left + indent.firstLine, the others at indent.left.
 */
export function breakParagraph(paragraph: TypesetParagraph, boxWidth: number): BrokenLine[] {
  const text = measure(paragraph.runs);
  const { left: indentLeft, right: indentRight, firstLine } = paragraph.indent;
  const limit = boxWidth - indentRight;
  const lines: BrokenLine[] = [];
  let start = 0;
  let more = true;
  while (more) {
    const left = indentLeft + (lines.length === 0 ? firstLine : 0);
    let x = left;
    let end = text.length;
    let next = text.length;
    let manualBreak = false;
    for (let i = start; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10) {
        end = i;
        next = i + 1;
        manualBreak = true;
        break;
      }
      if (code === 9) {
        x = tabTarget(paragraph.tabs, x, text, i + 1, text.length);
        continue;
      }
      const width = advances[i]! + (i > start ? gaps[i]! : 0);
      if (x + width - spacings[i]! > limit) {
        next = breakBefore(text, i, start);
        end = next;
        break;
      }
      x += width;
    }
    // Trailing spaces stay on the line but take no room, as in LibreOffice and Word.
    let visibleEnd = end;
    while (visibleEnd > start && text.charCodeAt(visibleEnd - 1) === 0x20) visibleEnd--;
    const placed = placeRuns(paragraph, text, start, visibleEnd, left);
    const natural = placed.x - left - (visibleEnd > start ? spacings[visibleEnd - 1]! : 0);
    const lastCode = text.charCodeAt(visibleEnd - 1);
    const hanging = left + natural > limit && charFlags(lastCode) & CharFlag.Hanging ? advances[visibleEnd - 1]! : 0;
    const available = limit - left;
    const content = natural - hanging;
    const lastLine = next >= text.length;
    let offset = 0;
    if (paragraph.align === 'center') offset = (available - content) / 2;
    else if (paragraph.align === 'right') offset = available - content;
    const justify = paragraph.align === 'distribute' || (paragraph.align === 'both' && !lastLine && !manualBreak);
    lines.push({
      text: text.slice(start, visibleEnd).replace(/\t/g, ''),
      x: left + offset,
      width: natural,
      hanging,
      justifyTo: justify ? available : null,
      runs: placed.runs,
    });
    start = next;
    // A soft break at the very end still opens an empty last line.
    more = start < text.length || manualBreak;
  }
  return lines;
}

/**
 * Printed width of runs (without tabs) set on one line, with the Asian–Latin gaps and without the last
 * character's spacing: what a date or 署名 really takes, for centring axes and tab stops.
 */
export function runsWidth(runs: readonly TypesetRun[]): number {
  const text = measure(runs);
  let width = 0;
  for (let i = 0; i < text.length; i++) width += advances[i]! + (i > 0 ? gaps[i]! : 0);
  return text.length === 0 ? 0 : width - spacings[text.length - 1]!;
}
