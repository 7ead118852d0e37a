import { describe, expect, it } from 'vitest';
import { dayNumber, isoFromDayNumber, weekday } from '../model/day-number.ts';
import { addCalendarDays, addWorkingDays, relativeDeadline } from './deadline.ts';

/** 2024 National Day: 10-01..10-07 off, Sunday 09-29 and Saturday 10-12 worked. */
const table = { holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07'], workdays: ['2024-09-29', '2024-10-12'] };

describe('day arithmetic', () => {
  it('round-trips every day for four centuries, leap years included', () => {
    for (let n = dayNumber('1900-01-01'); n < dayNumber('2300-01-01'); n += 1) expect(dayNumber(isoFromDayNumber(n))).toBe(n);
    expect(isoFromDayNumber(dayNumber('2024-02-28') + 1)).toBe('2024-02-29');
    expect(isoFromDayNumber(dayNumber('1900-02-28') + 1)).toBe('1900-03-01');
    expect(dayNumber('1970-01-01')).toBe(0);
  });

  it('knows the weekday', () => {
    expect(weekday('2024-03-05')).toBe(1);
    expect(weekday('2024-10-12')).toBe(5);
  });
});

describe('deadlines', () => {
  it('words a deadline that runs from receipt', () => {
    expect(relativeDeadline(30, '本建议书')).toBe('自收到本建议书之日起30日内');
  });

  it('adds calendar days across months and years', () => {
    expect(addCalendarDays('2024-12-15', 30)).toBe('2025-01-14');
    expect(addCalendarDays('2024-02-01', 29)).toBe('2024-03-01');
  });

  it('skips weekends and holidays and counts 调休 working days', () => {
    expect(addWorkingDays('2024-09-27', 1, table)).toBe('2024-09-29');
    expect(addWorkingDays('2024-09-29', 1, table)).toBe('2024-09-30');
    expect(addWorkingDays('2024-09-30', 1, table)).toBe('2024-10-08');
    expect(addWorkingDays('2024-10-08', 5, table)).toBe('2024-10-14');
  });
});
