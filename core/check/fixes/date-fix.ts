/**
 * Dates typed with separators in running text (2024-3-5, 2024.3.5, 2024/03/05) or with
 * zero padding (2024年03月05日) → 2024年3月5日. Only real calendar dates with a four-digit
 * year change; version numbers, 2024.3 and parts of addresses stay as typed.
 */
import { isValidIsoDate } from '../../model/iso-date.ts';
import type { TextEdit } from './text-edit.ts';

const separated = /(?<![\w.\-/:：])(\d{4})([-./])(\d{1,2})\2(\d{1,2})(?!\d|[-./]\d|[A-Za-z_])/g;
const padded = /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日/g;

function chineseDate(year: string, month: string, day: string): string | null {
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  if (!/^(19|20)\d\d$/.test(year) || !isValidIsoDate(iso)) return null;
  return `${year}年${Number(month)}月${Number(day)}日`;
}

export function dateEdits(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const pattern of [separated, padded]) {
    for (const match of text.matchAll(pattern)) {
      const [typed, year, , month, day] = pattern === separated ? match : [match[0], match[1], '', match[2], match[3]];
      const right = chineseDate(year!, month!, day!);
      if (right && right !== typed) edits.push({ start: match.index, end: match.index + typed!.length, text: right });
    }
  }
  return edits;
}
