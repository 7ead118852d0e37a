/**
 * 回复/整改期限: relative wording that runs from receipt (自收到本建议书之日起30日内), or a
 * computed date — calendar days, or working days that skip weekends and public holidays
 * and count the make-up working Saturdays/Sundays (调休) from a holiday table in settings.
 */
import { dayNumber, isoFromDayNumber, weekday } from '../model/day-number.ts';

export interface HolidayTable {
  /** Days off that fall on weekdays (法定节假日). */
  holidays: readonly string[];
  /** Weekend days that are working days (调休上班). */
  workdays: readonly string[];
}

export function relativeDeadline(days: number, documentName: string): string {
  if (!Number.isInteger(days) || days <= 0) throw new RangeError(`期限天数应为正整数：${days}`);
  return `自收到${documentName}之日起${days}日内`;
}

export function addCalendarDays(isoDate: string, days: number): string {
  return isoFromDayNumber(dayNumber(isoDate) + days);
}

export function isWorkingDay(isoDate: string, table: HolidayTable): boolean {
  if (table.workdays.includes(isoDate)) return true;
  if (table.holidays.includes(isoDate)) return false;
  return weekday(isoDate) < 5;
}

/** The date `days` working days after `isoDate` (the start day itself is not counted). */
export function addWorkingDays(isoDate: string, days: number, table: HolidayTable): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`工作日天数应为非负整数：${days}`);
  let current = dayNumber(isoDate);
  for (let counted = 0; counted < days; ) {
    current += 1;
    if (isWorkingDay(isoFromDayNumber(current), table)) counted += 1;
  }
  return isoFromDayNumber(current);
}
