import { describe, expect, it } from 'vitest';
import { issuedStatus, replyDueDate } from './issued-status.ts';

const noHolidays = { holidays: [], workdays: [] };

describe('reply due date', () => {
  it('counts calendar days from the day of service', () => {
    expect(replyDueDate('2024-03-05', { days: 30, unit: 'calendar' }, noHolidays)).toBe('2024-04-04');
  });

  it('counts working days skipping weekends, holidays and counting 调休 Saturdays', () => {
    // Friday 2024-09-27: Sunday 09-29 is a 调休 working day (1), Monday 09-30 (2), 10-01..10-07 off, Tuesday 10-08 (3).
    const table = { holidays: ['2024-10-01', '2024-10-02', '2024-10-03', '2024-10-04', '2024-10-07'], workdays: ['2024-09-29', '2024-10-12'] };
    expect(replyDueDate('2024-09-27', { days: 3, unit: 'working' }, table)).toBe('2024-10-08');
  });
});

describe('issued status', () => {
  const served = { servedDate: '2024-03-05', replyDueDate: '2024-04-04', replyReceivedDate: null };

  it('is 待送达 until served', () => {
    expect(issuedStatus({ servedDate: null, replyDueDate: null, replyReceivedDate: null }, '2024-03-01')).toBe('待送达');
    expect(issuedStatus(served, '2024-03-04')).toBe('待送达');
  });

  it('is 待回复 up to and including the due day, 逾期 the day after', () => {
    expect(issuedStatus(served, '2024-04-04')).toBe('待回复');
    expect(issuedStatus(served, '2024-04-05')).toBe('逾期');
  });

  it('is 已回复 once the reply is in, even if late', () => {
    expect(issuedStatus({ ...served, replyReceivedDate: '2024-04-10' }, '2024-05-01')).toBe('已回复');
    expect(issuedStatus({ ...served, replyReceivedDate: '2024-04-10' }, '2024-04-06')).toBe('逾期');
  });
});
