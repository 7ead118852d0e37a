/**
 * 省略号 and 破折号 (GB/T 15834): ... 。。。 ··· and a lone … → ……; -- －－ and a lone — → ——.
 * A run changes only beside Chinese text; a — between digits is the 一字线 of a range, a single
 * hyphen is a hyphen, and —— or …… are already right.
 */
import { charAfter, charBefore, isChinese, isDigit, type TextEdit } from './text-edit.ts';

const ellipsisRun = /(?:\.{3,}|。{3,}|[．·]{3,}|…)+/g;
const dashRun = /[-－—]+/g;

const besideChinese = (text: string, start: number, end: number) => isChinese(charBefore(text, start)) || isChinese(charAfter(text, end));

export function ellipsisEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const match of text.matchAll(ellipsisRun)) {
    const run = match[0];
    const end = match.index + run.length;
    if (/^…+$/.test(run) && run.length >= 2) continue;
    if (run.includes('。') || besideChinese(text, match.index, end)) edits.push({ start: match.index, end, text: '……' });
  }
  return edits;
}

export function dashEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const match of text.matchAll(dashRun)) {
    const run = match[0];
    const end = match.index + run.length;
    if (run === '——' || run === '-' || run === '－' || /^—{3,}$/.test(run)) continue;
    const before = charBefore(text, match.index);
    const after = charAfter(text, end);
    // 2020—2024 and 2020--2024 are ranges, not dashes.
    if ((run === '—' && (isDigit(before) || isDigit(after))) || (isDigit(before) && isDigit(after))) continue;
    if (besideChinese(text, match.index, end)) edits.push({ start: match.index, end, text: '——' });
  }
  return edits;
}
