/**
 * Gap markers in model texts and circulated drafts: 连续×年, 开展××轮, 【单位名称】, XX月XX日,
 * 张某某, ＿＿＿. Each becomes an unfilled field that keeps the words around it. What looks like a
 * gap but is not — the multiplication sign in 3×4 or 210mm×297mm, English words, X光 — is left alone.
 */
import type { GapKind } from '../model/inline.ts';
import { countingWordAfter } from './counting-words.ts';

export type { GapKind };

export interface GapMatch {
  /** UTF-16 offsets of the marker in the text. */
  start: number;
  end: number;
  /** The marker as written, printed again while the gap is unfilled. */
  marker: string;
  kind: GapKind;
  /** The counting word after a number gap (轮, 万名, 人次), null otherwise. */
  unit: string | null;
  /** A short name for lists and the chip's tooltip: the words before the gap, the marker and its unit. */
  label: string;
}

const gapLetter = '×XxＸｘ';
const latinLetter = /[A-Za-z]/;
const digit = /[0-9０-９]/;
const ideograph = /[\u3400-\u9FFF\uF900-\uFAFF\u{20000}-\u{3FFFF}]/u;
/** Chinese punctuation and brackets next to which an X is Chinese writing, not English. */
const chinesePunctuation = /[\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20“”‘’、—…]/;

const promptPattern = /【([^【】\n]{0,30})】|［([^［］\n]{0,30})］/g;
const datePart = `(?:[0-9${gapLetter}]{1,4})`;
const datePattern = new RegExp(`${datePart}年${datePart}月(?:${datePart}日)?|${datePart}月${datePart}日|(?:19|20)[${gapLetter}]{2}年`, 'g');
const letterRunPattern = new RegExp(`[${gapLetter}]{1,50}`, 'g');
const anonymousPattern = /某某/g;
const blankPattern = /_{2,200}|＿{1,200}/g;

/** Words where a lone X is the letter itself, not a gap. */
const letterWords = ['X光', 'X射线', 'X线'];

/** Surnames that open an anonymised name such as 李×× or 王某某. */
const surnames = new Set([...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤']);

/** 王 in 王某某 or 李 in 李××: the character opens an anonymised name. */
export const isSurname = (ch: string | undefined): boolean => ch !== undefined && surnames.has(ch);

const isLetterGap = (ch: string): boolean => gapLetter.includes(ch);

function isChineseContext(ch: string | undefined): boolean {
  return ch !== undefined && (ideograph.test(ch) || chinesePunctuation.test(ch) || digit.test(ch));
}

function nextVisible(text: string, from: number): string | undefined {
  let i = from;
  while (i < text.length && /[ \u00A0]/.test(text[i]!)) i++;
  return text[i];
}

function previousVisible(text: string, from: number): string | undefined {
  let i = from;
  while (i >= 0 && /[ \u00A0]/.test(text[i]!)) i--;
  return i >= 0 ? text[i] : undefined;
}

/** A run of ×/X that is a gap; the multiplication sign between numbers and English words are not. */
function isGapRun(text: string, start: number, end: number): boolean {
  const run = text.slice(start, end);
  const before = text[start - 1];
  const after = text[end];
  // 3×4, 22行×28字, 210mm × 297mm, 0x1F: a single sign followed by a number multiplies.
  if (run.length === 1 && digit.test(nextVisible(text, end) ?? '')) return false;
  if (run.length === 1 && digit.test(previousVisible(text, start - 1) ?? '') && !isChineseContext(after) && after !== undefined) return false;
  if ((before !== undefined && latinLetter.test(before)) || (after !== undefined && latinLetter.test(after))) return false;
  if (/^×+$/.test(run)) return true;
  if (letterWords.some((word) => text.startsWith(word, start) && run.length === 1)) return false;
  return isChineseContext(before) || isChineseContext(after);
}

/** The few characters before a gap that say what it counts, e.g. 统筹开展 before ×轮. */
function contextBefore(text: string, start: number): string {
  let i = start;
  while (i > 0 && start - i < 4 && ideograph.test(text[i - 1]!)) i--;
  return text.slice(i, start);
}

function nameLike(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (text.slice(start, end) === '某某') return true;
  return before !== undefined && surnames.has(before) && !(after !== undefined && ideograph.test(after) && !text.startsWith('同志', end));
}

/** 王某某 by its surname, otherwise by what it names: 某某县, 某某同志. */
function anonymousLabel(text: string, start: number): string {
  const before = text[start - 1];
  if (before !== undefined && surnames.has(before)) return `${before}某某`;
  const after = text.slice(start + 2).match(/^(?:同志|[\u3400-\u9FFF])/)?.[0] ?? '';
  return `某某${after}`;
}

type Span = Pick<GapMatch, 'start' | 'end'>;

const overlaps = (taken: readonly Span[], start: number, end: number): boolean => taken.some((span) => start < span.end && span.start < end);

/** Every gap marker in `text`, in order, none overlapping. */
export function findGaps(text: string): GapMatch[] {
  const found: GapMatch[] = [];
  const add = (start: number, end: number, kind: GapKind, unit: string | null, label: string): void => {
    if (!overlaps(found, start, end)) found.push({ start, end, marker: text.slice(start, end), kind, unit, label });
  };

  for (const match of text.matchAll(promptPattern)) {
    const inner = (match[1] ?? match[2] ?? '').trim();
    add(match.index, match.index + match[0].length, 'prompt', null, inner || '待填内容');
  }
  for (const match of text.matchAll(datePattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (![...match[0]].some(isLetterGap) || latinLetter.test(text[start - 1] ?? '')) continue;
    if ([...match[0].matchAll(letterRunPattern)].some((run) => !isGapRun(text, start + run.index, start + run.index + run[0].length))) continue;
    add(start, end, 'date', null, `${contextBefore(text, start)}${match[0]}`);
  }
  for (const match of text.matchAll(blankPattern)) {
    add(match.index, match.index + match[0].length, 'blank', null, `${contextBefore(text, match.index)}＿`);
  }
  for (const match of text.matchAll(anonymousPattern)) {
    const start = match.index;
    add(start, start + 2, 'name', null, anonymousLabel(text, start));
  }
  for (const match of text.matchAll(letterRunPattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!isGapRun(text, start, end)) continue;
    const unit = countingWordAfter(text, end);
    const kind: GapKind = unit !== null ? 'number' : nameLike(text, start, end) ? 'name' : 'text';
    add(start, end, kind, unit, `${contextBefore(text, start)}${match[0]}${unit ?? ''}`);
  }
  return found.sort((a, b) => a.start - b.start);
}
