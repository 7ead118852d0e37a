/**
 * 建议书/整改通知书 register: to whom each was issued, when it was served, when the reply is
 * due and whether it came. The due date is fixed when the document is served (a later change
 * to the holiday table does not move a deadline already given); the status is computed for
 * the day asked about, so the overdue list is always current.
 */
import { AppError } from '../../core/api/errors.ts';
import type { HolidayTable } from '../../core/format/deadline.ts';
import { IsoDateSchema } from '../../core/model/iso-date.ts';
import { issuedStatus, issuedStatuses, replyDueDate, ReplyTermSchema, type IssuedStatus, type ReplyTerm } from '../../core/workspace/issued-status.ts';
import { z } from '../../core/validation/zod.ts';
import { newId } from './ids.ts';
import type { Workspace } from './open-workspace.ts';
import { parseInput } from './parse-input.ts';
import { inWriteTransaction } from './write-transaction.ts';

export const issuedKinds = ['建议书', '整改通知书'] as const;

const HolidayTableSchema = z.strictObject({ holidays: z.array(IsoDateSchema).max(1_000), workdays: z.array(IsoDateSchema).max(1_000) });

const NewIssuedSchema = z.strictObject({
  kind: z.enum(issuedKinds),
  draftId: z.string().min(1).nullable(),
  recipient: z.string().trim().min(1, '请填写受文单位').max(200),
  documentNumber: z.string().trim().max(100).nullable(),
  title: z.string().trim().min(1, '请填写标题').max(400),
  issuedDate: IsoDateSchema.nullable(),
  servedDate: IsoDateSchema.nullable(),
  replyTerm: ReplyTermSchema,
  note: z.string().max(2_000).nullable(),
  /** Needed only when the term counts working days. */
  holidays: HolidayTableSchema.optional(),
});

const ServedSchema = z.strictObject({ id: z.string().min(1), servedDate: IsoDateSchema, holidays: HolidayTableSchema.optional() });
const ReplySchema = z.strictObject({ id: z.string().min(1), replyReceivedDate: IsoDateSchema });
const AsOfSchema = z.strictObject({ asOf: IsoDateSchema, status: z.enum(issuedStatuses).optional() });

export interface IssuedDocument {
  id: string;
  kind: (typeof issuedKinds)[number];
  draftId: string | null;
  recipient: string;
  documentNumber: string | null;
  title: string;
  issuedDate: string | null;
  servedDate: string | null;
  replyTerm: ReplyTerm;
  replyDueDate: string | null;
  replyReceivedDate: string | null;
  note: string | null;
  /** As of the day the list was asked for. */
  status: IssuedStatus;
}

interface IssuedRow {
  id: string;
  kind: IssuedDocument['kind'];
  draft_id: string | null;
  recipient: string;
  document_number: string | null;
  title: string;
  issued_date: string | null;
  served_date: string | null;
  reply_days: number;
  reply_unit: ReplyTerm['unit'];
  reply_due_date: string | null;
  reply_received_date: string | null;
  note: string | null;
}

export function addIssuedDocument(ws: Workspace, input: z.input<typeof NewIssuedSchema>, asOf: string): IssuedDocument {
  const entry = parseInput(NewIssuedSchema, input, '登记建议书/整改通知书');
  if (entry.issuedDate && entry.servedDate && entry.servedDate < entry.issuedDate) {
    throw new AppError('BAD_ARGUMENTS', `“${entry.title}”的送达日期（${entry.servedDate}）早于印发日期（${entry.issuedDate}），请核对。`);
  }
  const id = newId();
  const due = entry.servedDate ? dueDate(entry.title, entry.servedDate, entry.replyTerm, entry.holidays) : null;
  inWriteTransaction(ws, () => {
    const at = ws.now();
    ws.db
      .prepare(
        `INSERT INTO issued_documents (id, kind, draft_id, recipient, document_number, title, issued_date, served_date, reply_days, reply_unit, reply_due_date, reply_received_date, note, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?)`,
      )
      .run(id, entry.kind, entry.draftId, entry.recipient, entry.documentNumber, entry.title, entry.issuedDate, entry.servedDate, entry.replyTerm.days, entry.replyTerm.unit, due, entry.note, at, at);
  });
  return getIssuedDocument(ws, id, asOf);
}

/** 送达: fixes the reply due date from the day of service. */
export function recordServed(ws: Workspace, input: z.input<typeof ServedSchema>, asOf: string): IssuedDocument {
  const { id, servedDate, holidays } = parseInput(ServedSchema, input, '登记送达');
  inWriteTransaction(ws, () => {
    const row = findRow(ws, id);
    if (row.issued_date && servedDate < row.issued_date) throw new AppError('BAD_ARGUMENTS', `“${row.title}”的送达日期（${servedDate}）早于印发日期（${row.issued_date}），请核对。`);
    const due = dueDate(row.title, servedDate, { days: row.reply_days, unit: row.reply_unit }, holidays);
    ws.db.prepare('UPDATE issued_documents SET served_date = ?, reply_due_date = ?, updated_at = ? WHERE id = ?').run(servedDate, due, ws.now(), id);
  });
  return getIssuedDocument(ws, id, asOf);
}

export function recordReply(ws: Workspace, input: z.input<typeof ReplySchema>, asOf: string): IssuedDocument {
  const { id, replyReceivedDate } = parseInput(ReplySchema, input, '登记回复');
  inWriteTransaction(ws, () => {
    const row = findRow(ws, id);
    if (!row.served_date) throw new AppError('BAD_ARGUMENTS', `“${row.title}”（${row.recipient}）尚未登记送达，请先登记送达日期再登记回复。`);
    if (replyReceivedDate < row.served_date) throw new AppError('BAD_ARGUMENTS', `“${row.title}”的回复日期（${replyReceivedDate}）早于送达日期（${row.served_date}），请核对。`);
    ws.db.prepare('UPDATE issued_documents SET reply_received_date = ?, updated_at = ? WHERE id = ?').run(replyReceivedDate, ws.now(), id);
  });
  return getIssuedDocument(ws, id, asOf);
}

export function getIssuedDocument(ws: Workspace, id: string, asOf: string): IssuedDocument {
  return entryFromRow(findRow(ws, id), parseInput(IsoDateSchema, asOf, '查询日期'));
}

/** Everything in the register with its status as of a day, optionally only one status, oldest deadline first. */
export function listIssuedDocuments(ws: Workspace, filter: z.input<typeof AsOfSchema>): IssuedDocument[] {
  const { asOf, status } = parseInput(AsOfSchema, filter, '查询建议书/整改通知书');
  const rows = ws.db.prepare("SELECT * FROM issued_documents ORDER BY COALESCE(reply_due_date, '9999-12-31'), COALESCE(issued_date, created_at), id").all() as IssuedRow[];
  return rows.map((row) => entryFromRow(row, asOf)).filter((entry) => status === undefined || entry.status === status);
}

/** 逾期未回复 as of a day: the list a secretary chases up. */
export function listOverdue(ws: Workspace, asOf: string): IssuedDocument[] {
  return listIssuedDocuments(ws, { asOf, status: '逾期' });
}

function dueDate(title: string, servedDate: string, term: ReplyTerm, holidays: HolidayTable | undefined): string {
  if (term.unit === 'working' && !holidays) throw new AppError('BAD_ARGUMENTS', `“${title}”的回复期限按工作日计算，需要提供节假日安排表（法定节假日和调休上班日）。`);
  return replyDueDate(servedDate, term, holidays ?? { holidays: [], workdays: [] });
}

function findRow(ws: Workspace, id: string): IssuedRow {
  const row = ws.db.prepare('SELECT * FROM issued_documents WHERE id = ?').get(id) as IssuedRow | undefined;
  if (!row) throw new AppError('NOT_FOUND', `登记簿中找不到该建议书/整改通知书（编号 ${id}）。`);
  return row;
}

function entryFromRow(row: IssuedRow, asOf: string): IssuedDocument {
  const dates = { servedDate: row.served_date, replyDueDate: row.reply_due_date, replyReceivedDate: row.reply_received_date };
  return {
    id: row.id,
    kind: row.kind,
    draftId: row.draft_id,
    recipient: row.recipient,
    documentNumber: row.document_number,
    title: row.title,
    issuedDate: row.issued_date,
    servedDate: row.served_date,
    replyTerm: { days: row.reply_days, unit: row.reply_unit },
    replyDueDate: row.reply_due_date,
    replyReceivedDate: row.reply_received_date,
    note: row.note,
    status: issuedStatus(dates, asOf),
  };
}
