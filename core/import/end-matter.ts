/**
 * The lines after the body, read backwards from the end: 版记 (印发 line, 抄送：…。), 附注
 * （…） under the date, 成文日期, the 署名 lines above it, and 附件说明 (附件：1.… with the
 * following 2.… lines). Reading stops at the first line that does not fit, so whatever is
 * above it stays body text in its place.
 */
import type { ImportNotice } from './notices.ts';
import type { SourceParagraph } from './source-text.ts';
import { readTypedDate, type TypedDate } from './date-text.ts';
import { readTypedOrdinal } from './typed-ordinal.ts';

export interface EndMatter {
  /** Index of the first end-matter paragraph: the body ends just before it. */
  start: number;
  attachmentTitles: string[];
  organs: string[];
  date: TypedDate | null;
  note: string | null;
  cc: string[];
  printer: string | null;
  printDate: string | null;
}

export interface EndMatterOptions {
  /** 版记 is printed only on 文件式 and 纪要式 documents. */
  record: boolean;
  /** The byline already fixed the date style (one style per document). */
  dateStyle: TypedDate['style'] | null;
}

const maxOrgans = 4;
/** The model's limit for one-line fields (UTF-16 units, as the schema counts). */
const maxLine = 400;
const maxAttachments = 50;
const notOrgan = /^(?:特此|此致|敬礼|附件|抄送)/u;

function isOrganLike(text: string): boolean {
  const chars = [...text].length;
  return chars >= 2 && chars <= 40 && !text.includes('\n') && !/[。，；：！？、,;:!?]/u.test(text) && !notOrgan.test(text) && readTypedOrdinal(text) === null && readTypedDate(text) === null;
}

function printerLine(text: string): { printer: string; date: TypedDate } | null {
  const match = /^(.+?)\s*(\d{4}年\d{1,2}月\d{1,2}日)印发$/u.exec(text);
  const date = match ? readTypedDate(match[2]!) : null;
  return match && date?.style === 'arabic' && match[1]!.trim() && match[1]!.length <= maxLine ? { printer: match[1]!.trim(), date } : null;
}

function ccNames(text: string): string[] | null {
  const match = /^抄送：(.+)。$/u.exec(text);
  if (!match || /[。.]$/u.test(match[1]!.trim())) return null;
  const names = match[1]!.split('，');
  return names.every((name) => name.trim() && name.length <= maxLine) ? names : null;
}

/** 附件说明 ending just above `end`: titles and the index of its first line, or null. */
function attachmentNote(paragraphs: readonly SourceParagraph[], from: number, end: number, notices: ImportNotice[]): { titles: string[]; start: number } | null {
  const numbered: { n: number; typed: string; title: string; line: number }[] = [];
  let j = end - 1;
  for (; j >= from && numbered.length < maxAttachments; j--) {
    const match = /^([1-9]\d?)([.．])(?!\d)(.*)$/u.exec(paragraphs[j]!.text);
    if (!match) break;
    numbered.unshift({ n: Number(match[1]), typed: `${match[1]}${match[2]}`, title: match[3]!.trim(), line: paragraphs[j]!.line });
  }
  const label = paragraphs[j];
  if (j < from || !label?.text.startsWith('附件：')) return null;
  const rest = label.text.slice('附件：'.length);
  const offset = label.text.length - rest.trimStart().length;
  const first = /^(1)([.．])(?!\d)(.*)$/u.exec(rest.trimStart());
  const items = numbered.length === 0 && !first ? [{ n: 1, typed: '', title: rest.trim(), line: label.line }] : first ? [{ n: 1, typed: `1${first[2]}`, title: first[3]!.trim(), line: label.line }, ...numbered] : null;
  if (!items || items.length > maxAttachments) return null;
  const valid = items.every((item, index) => item.n === index + 1 && item.title && !item.title.includes('\n') && item.title.length <= maxLine && !/[。；;，,.]$/u.test(item.title));
  if (!valid || (items.length === 1 && items[0]!.typed)) return null;
  items.forEach((item, index) => {
    if (item.typed && item.typed !== `${item.n}.`) notices.push({ kind: 'ordinalRewritten', line: item.line, offset: index === 0 ? offset : 0, typed: item.typed, printed: `${item.n}.` });
  });
  return { titles: items.map((item) => item.title), start: j };
}

export function readEndMatter(paragraphs: readonly SourceParagraph[], from: number, options: EndMatterOptions, notices: ImportNotice[]): EndMatter {
  const result: EndMatter = { start: paragraphs.length, attachmentTitles: [], organs: [], date: null, note: null, cc: [], printer: null, printDate: null };
  let i = paragraphs.length - 1;
  const text = (index: number) => (index >= from ? (paragraphs[index]?.text ?? '') : '');

  if (options.record) {
    const printed = printerLine(text(i));
    if (printed) {
      result.printer = printed.printer;
      result.printDate = printed.date.iso;
      i--;
    }
    const cc = ccNames(text(i));
    if (cc) {
      result.cc = cc;
      i--;
    }
  }

  const dateFits = (index: number) => {
    const date = readTypedDate(text(index));
    return date && (options.dateStyle === null || date.style === options.dateStyle) ? date : null;
  };
  if (/^[（(].*[）)]$/u.test(text(i)) && text(i).length <= maxLine && dateFits(i - 1)) result.note = text(i--);
  const date = dateFits(i);
  if (date) {
    result.date = date;
    i--;
    const organs: string[] = [];
    while (i >= from && organs.length < maxOrgans && isOrganLike(text(i))) organs.unshift(text(i--));
    result.organs = organs;
  }

  const note = attachmentNote(paragraphs, from, i + 1, notices);
  if (note) {
    result.attachmentTitles = note.titles;
    i = note.start - 1;
  }
  result.start = i + 1;
  return result;
}
