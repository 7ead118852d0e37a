import { describe, expect, it } from 'vitest';
import { addWorkingDays } from '../format/deadline.ts';
import { formatDateList, holidayTableOf, readDateList } from './holiday-table.ts';

describe('readDateList', () => {
  it('reads single days and spans in the ways they are typed', () => {
    const { dates, problems } = readDateList('10月1日 至 10月3日、2025-10-08，10.6\n1/1', 2025, '节假日');
    expect(problems).toEqual([]);
    expect(dates).toEqual(['2025-01-01', '2025-10-01', '2025-10-02', '2025-10-03', '2025-10-06', '2025-10-08']);
  });

  it('names the entry that is not a date', () => {
    const { problems } = readDateList('10月1日、2月30日、10月8日至10月6日', 2025, '节假日');
    expect(problems).toEqual(['2025年节假日：“2月30日”不是有效日期（写成 10月1日、2025-10-01 或 10月1日至10月8日）', '2025年节假日：“10月8日至10月6日”的结束日早于开始日']);
  });

  it('prints dates back folded into spans, and reads that text again to the same dates', () => {
    const dates = ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-08'];
    expect(formatDateList(dates)).toBe('10月1日至10月3日、10月8日');
    expect(readDateList(formatDateList(dates), 2025, '节假日').dates).toEqual(dates);
  });
});

describe('holidayTableOf', () => {
  it('feeds working-day deadlines with every year of the table', () => {
    const table = holidayTableOf([
      { year: 2024, holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07'], workdays: ['2024-09-29', '2024-10-12'] },
      { year: 2025, holidays: ['2025-01-01'], workdays: [] },
    ]);
    expect(addWorkingDays('2024-09-30', 1, table)).toBe('2024-10-08');
    expect(addWorkingDays('2024-12-31', 1, table)).toBe('2025-01-02');
  });
});
