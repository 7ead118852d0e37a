/**
 * 建议书/整改通知 follow-up: the reply is due a number of calendar or working days after the
 * document was served (送达), and its status on any day follows from the dates alone, so the
 * register never stores a status that could go stale.
 */
import { addCalendarDays, addWorkingDays, type HolidayTable } from '../format/deadline.ts';
import { z } from '../validation/zod.ts';

export const issuedStatuses = ['待送达', '待回复', '已回复', '逾期'] as const;
export type IssuedStatus = (typeof issuedStatuses)[number];

export const ReplyTermSchema = z.strictObject({
  days: z.number().int('回复期限应为整数天').min(1, '回复期限至少 1 天').max(365, '回复期限不应超过 365 天'),
  /** 日 counts calendar days (自收到之日起30日内); 工作日 skips weekends and holidays. */
  unit: z.enum(['calendar', 'working']),
});
export type ReplyTerm = z.infer<typeof ReplyTermSchema>;

export function replyDueDate(servedDate: string, term: ReplyTerm, holidays: HolidayTable): string {
  return term.unit === 'calendar' ? addCalendarDays(servedDate, term.days) : addWorkingDays(servedDate, term.days, holidays);
}

export interface IssuedDates {
  servedDate: string | null;
  replyDueDate: string | null;
  replyReceivedDate: string | null;
}

/** Status as of `asOf` (YYYY-MM-DD). A reply that came in late still counts as 已回复. */
export function issuedStatus(dates: IssuedDates, asOf: string): IssuedStatus {
  if (dates.replyReceivedDate !== null && dates.replyReceivedDate <= asOf) return '已回复';
  if (dates.servedDate === null || dates.servedDate > asOf) return '待送达';
  if (dates.replyDueDate !== null && asOf > dates.replyDueDate) return '逾期';
  return '待回复';
}
