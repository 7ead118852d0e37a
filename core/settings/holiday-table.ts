/**
 * The holiday table in settings: per year, the 法定节假日 that fall on weekdays and the
 * 调休 weekend days that are worked, as published each winter by the State Council.
 * Working-day deadlines (core/format/deadline.ts) read it flattened.
 */
import type { HolidayTable } from '../format/deadline.ts';
import { dayNumber, isoFromDayNumber } from '../model/day-number.ts';
import { IsoDateSchema, isValidIsoDate } from '../model/iso-date.ts';
import { z } from '../validation/zod.ts';

export const HolidayYearSchema = z
  .strictObject({
    year: z.number().int().min(2000, '年份应在 2000–2100 之间').max(2100, '年份应在 2000–2100 之间'),
    holidays: z.array(IsoDateSchema).max(60),
    workdays: z.array(IsoDateSchema).max(30),
  })
  .superRefine((entry, context) => {
    for (const field of ['holidays', 'workdays'] as const) {
      entry[field].forEach((date, index) => {
        if (!date.startsWith(`${entry.year}-`)) context.addIssue({ code: 'custom', path: [field, index], message: `${date} 不在 ${entry.year} 年` });
      });
    }
    const both = entry.holidays.filter((date) => entry.workdays.includes(date));
    if (both.length > 0) context.addIssue({ code: 'custom', path: ['workdays'], message: `${both.join('、')} 既是节假日又是调休上班日` });
  });

export const HolidayYearsSchema = z
  .array(HolidayYearSchema)
  .max(50)
  .superRefine((years, context) => {
    const seen = new Set<number>();
    years.forEach((entry, index) => {
      if (seen.has(entry.year)) context.addIssue({ code: 'custom', path: [index, 'year'], message: `${entry.year} 年重复` });
      seen.add(entry.year);
    });
  });

export type HolidayYear = z.infer<typeof HolidayYearSchema>;

export function holidayTableOf(years: readonly HolidayYear[]): HolidayTable {
  return { holidays: years.flatMap((y) => y.holidays), workdays: years.flatMap((y) => y.workdays) };
}

const rangeSeparator = /\s*(?:至|到|~|～|—|–)\s*/g;

/** One date of `year` as typed: 2025-10-01, 2025年10月1日, 10月1日, 10-1, 10.1, 10/1. */
function readDay(text: string, year: number): string | null {
  const normalized = text.normalize('NFKC').trim();
  const full = /^(\d{4})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})\s*日?$/.exec(normalized);
  const short = full ? null : /^(\d{1,2})\s*[月\-./]\s*(\d{1,2})\s*日?$/.exec(normalized);
  const parts = full ? [full[1], full[2], full[3]] : short ? [String(year), short[1], short[2]] : null;
  if (!parts) return null;
  const iso = `${parts[0]}-${parts[1]!.padStart(2, '0')}-${parts[2]!.padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

export interface DateListResult {
  dates: string[];
  problems: string[];
}

/**
 * Reads the dates typed for one year and one kind (节假日/调休上班日): separated by 、，；
 * spaces or new lines; a span as 10月1日至10月8日. Each problem names the entry typed.
 */
export function readDateList(text: string, year: number, what: string): DateListResult {
  const dates: string[] = [];
  const problems: string[] = [];
  const tokens = text
    .replace(rangeSeparator, '至')
    .split(/[、，,；;\s]+/)
    .map((token) => token.trim())
    .filter(Boolean);
  for (const token of tokens) {
    const ends = token.split('至');
    const days = ends.map((end) => readDay(end, year));
    if (ends.length > 2 || days.some((day) => day === null)) {
      problems.push(`${year}年${what}：“${token}”不是有效日期（写成 10月1日、2025-10-01 或 10月1日至10月8日）`);
      continue;
    }
    const [from, to = from] = days as string[];
    if (to! < from!) {
      problems.push(`${year}年${what}：“${token}”的结束日早于开始日`);
      continue;
    }
    for (let day = from!; day <= to!; day = nextDay(day)) if (!dates.includes(day)) dates.push(day);
  }
  return { dates: dates.sort(), problems };
}

const nextDay = (iso: string): string => isoFromDayNumber(dayNumber(iso) + 1);

/** How a year's dates are shown for editing: consecutive days folded into spans. */
export function formatDateList(dates: readonly string[]): string {
  const sorted = [...dates].sort();
  const spans: string[] = [];
  const label = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && nextDay(sorted[j]!) === sorted[j + 1]) j += 1;
    spans.push(i === j ? label(sorted[i]!) : `${label(sorted[i]!)}至${label(sorted[j]!)}`);
    i = j + 1;
  }
  return spans.join('、');
}
