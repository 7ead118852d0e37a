/**
 * Excel date serials → `YYYY-MM-DD` by whole-day arithmetic, never through Date: a naive
 * `new Date(1899, 11, 30)` picks up Shanghai's +08:05:43 local mean time and lands a day early.
 * The 1900 system counts 1900-01-01 as 1 and, copying Lotus 1-2-3, has a phantom 1900-02-29 at
 * serial 60; the 1904 system (old Mac workbooks) counts 1904-01-01 as 0.
 */
import { dayNumber, isoFromDayNumber } from '../model/day-number.ts';

export type DateSystem = 1900 | 1904;

const lastSerial = { 1900: 2_958_465, 1904: 2_957_003 } as const;
const dayOfSerialZero = { 1900: dayNumber('1899-12-31'), 1904: dayNumber('1904-01-01') } as const;
const phantomLeapDay = 60;
/** Times within half a millisecond of midnight belong to the next day, as Excel displays them. */
const halfMillisecond = 0.5 / 86_400_000;

/** The calendar date of a serial, or null for serials Excel shows as no real date (0, 60, negatives, past 9999). */
export function excelSerialToIso(serial: number, system: DateSystem = 1900): string | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial + halfMillisecond);
  const first = system === 1900 ? 1 : 0;
  if (whole < first || whole > lastSerial[system]) return null;
  if (system === 1900 && whole === phantomLeapDay) return null;
  const shift = system === 1900 && whole > phantomLeapDay ? -1 : 0;
  return isoFromDayNumber(dayOfSerialZero[system] + whole + shift);
}
