/**
 * The 文号 register: one sequence per 机关代字 and year. A number is handed out inside the
 * write lock, so two programs finalising at once never get the same one; the UNIQUE index
 * is the second line of defence. Numbers are never reused — a voided number stays in the
 * register with who voided it and why, and a hand-entered number records who and why too.
 */
import { AppError } from '../../core/api/errors.ts';
import { DocumentNumberPrefixSchema, DocumentSerialSchema, DocumentYearSchema, formatDocumentNumber, parseDocumentNumber, type DocumentNumberParts } from '../../core/workspace/document-number.ts';
import { z } from '../../core/validation/zod.ts';
import { getDraft, saveDraft } from './drafts.ts';
import type { Workspace } from './open-workspace.ts';
import { parseInput } from './parse-input.ts';
import { inWriteTransaction } from './write-transaction.ts';

export interface DocumentNumberEntry {
  number: string;
  prefix: string;
  year: number;
  serial: number;
  draftId: string | null;
  /** The document's title when the number was registered. */
  title: string;
  allocatedAt: string;
  allocatedBy: string;
  /** Entered by hand instead of taken from the sequence. */
  manual: boolean;
  manualReason: string | null;
  voided: boolean;
  voidedAt: string | null;
  voidedBy: string | null;
  voidReason: string | null;
}

interface NumberRow {
  prefix: string;
  year: number;
  serial: number;
  number: string;
  draft_id: string | null;
  title: string;
  allocated_at: string;
  allocated_by: string;
  manual: number;
  manual_reason: string | null;
  voided_at: string | null;
  voided_by: string | null;
  void_reason: string | null;
}

const person = z.string().trim().min(1, '请填写经办人').max(50, '经办人姓名不应超过 50 个字');
const reason = z.string().trim().min(1, '请填写原因').max(500, '原因不应超过 500 个字');

const AllocationSchema = z.strictObject({ draftId: z.string().min(1), prefix: DocumentNumberPrefixSchema, year: DocumentYearSchema, by: person });
const ManualSchema = z.strictObject({ draftId: z.string().min(1).nullable(), title: z.string().trim().max(400).nullable(), number: z.string().trim().min(1, '请填写文号'), by: person, reason });
const VoidSchema = z.strictObject({ number: z.string().trim().min(1, '请填写文号'), by: person, reason });
const SequenceSchema = z.strictObject({ prefix: DocumentNumberPrefixSchema, year: DocumentYearSchema });
const SequenceStartSchema = z.strictObject({ prefix: DocumentNumberPrefixSchema, year: DocumentYearSchema, firstSerial: DocumentSerialSchema });
const ListFilterSchema = z.strictObject({ prefix: DocumentNumberPrefixSchema.optional(), year: DocumentYearSchema.optional() });

export type Allocation = z.input<typeof AllocationSchema>;
export type ManualNumber = z.input<typeof ManualSchema>;

/** Takes the next number of the sequence for a draft and writes it into the draft's 版头. */
export function allocateDocumentNumber(ws: Workspace, input: Allocation): DocumentNumberEntry {
  const { draftId, prefix, year, by } = parseInput(AllocationSchema, input, '分配文号');
  return inWriteTransaction(ws, () => {
    const draft = getDraft(ws, draftId);
    refuseSecondNumber(ws, draftId, draft.title);
    return register(ws, nextNumber(ws, prefix, year), { draftId, title: draft.title, by, manualReason: null });
  });
}

/** The number 定稿 would take now, without taking it: another program may still take it first. */
export function proposeDocumentNumber(ws: Workspace, input: z.input<typeof SequenceSchema>): DocumentNumberParts & { number: string } {
  const { prefix, year } = parseInput(SequenceSchema, input, '建议文号');
  const parts = nextNumber(ws, prefix, year);
  return { ...parts, number: formatDocumentNumber(parts) };
}

/** Voided and hand-entered numbers count as taken, so the sequence never goes back to them. */
export function nextNumber(ws: Workspace, prefix: string, year: number): DocumentNumberParts {
  const row = ws.db
    .prepare(
      `SELECT MAX(COALESCE((SELECT MAX(serial) FROM document_numbers WHERE prefix = @prefix AND year = @year), 0) + 1,
              COALESCE((SELECT first_serial FROM number_sequences WHERE prefix = @prefix AND year = @year), 1)) AS serial`,
    )
    .get({ prefix, year }) as { serial: number };
  if (!DocumentSerialSchema.safeParse(row.serial).success) throw new AppError('BAD_ARGUMENTS', `${prefix}〔${year}〕的文号已用到上限，无法再分配。`);
  return { prefix, year, serial: row.serial };
}

/** Records a number chosen by hand (a paper document, a number given by the leadership office). */
export function assignDocumentNumber(ws: Workspace, input: ManualNumber): DocumentNumberEntry {
  const { draftId, title, number, by, reason: why } = parseInput(ManualSchema, input, '登记文号');
  const parts = parseDocumentNumber(number);
  if (!parts) throw new AppError('BAD_ARGUMENTS', `“${number}”不是有效的文号，应写成“机关代字〔年份〕序号号”，如“某纪发〔2024〕5号”。`);
  return inWriteTransaction(ws, () => {
    const draftTitle = draftId === null ? null : getDraft(ws, draftId).title;
    if (draftId !== null && draftTitle !== null) refuseSecondNumber(ws, draftId, draftTitle);
    const registeredTitle = draftTitle ?? title;
    if (!registeredTitle) throw new AppError('BAD_ARGUMENTS', `登记文号“${formatDocumentNumber(parts)}”时请填写公文标题。`);
    return register(ws, parts, { draftId, title: registeredTitle, by, manualReason: why });
  });
}

/** Voids a number: it stays in the register and is never handed out again; the draft's 版头 loses it. */
export function voidDocumentNumber(ws: Workspace, input: z.input<typeof VoidSchema>): DocumentNumberEntry {
  const { number, by, reason: why } = parseInput(VoidSchema, input, '作废文号');
  const parts = parseDocumentNumber(number);
  if (!parts) throw new AppError('BAD_ARGUMENTS', `“${number}”不是有效的文号。`);
  return inWriteTransaction(ws, () => {
    const existing = findRow(ws, parts);
    const printed = formatDocumentNumber(parts);
    if (!existing) throw new AppError('NOT_FOUND', `文号登记簿中没有“${printed}”，无需作废。`);
    if (existing.voided_at) throw new AppError('BAD_ARGUMENTS', `文号“${printed}”已于 ${existing.voided_at.slice(0, 10)} 作废。`);
    ws.db.prepare('UPDATE document_numbers SET voided_at = ?, voided_by = ?, void_reason = ? WHERE prefix = ? AND year = ? AND serial = ?').run(ws.now(), by, why, parts.prefix, parts.year, parts.serial);
    if (existing.draft_id) setPrintedNumber(ws, existing.draft_id, printed, null);
    return entryFromRow(findRow(ws, parts) as NumberRow);
  });
}

/** Where the sequence starts for a year, e.g. 38 when numbers 1–37 were issued before the office used this program. */
export function setSequenceStart(ws: Workspace, input: z.input<typeof SequenceStartSchema>): void {
  const { prefix, year, firstSerial } = parseInput(SequenceStartSchema, input, '设置起始序号');
  inWriteTransaction(ws, () => {
    ws.db
      .prepare('INSERT INTO number_sequences (prefix, year, first_serial) VALUES (?, ?, ?) ON CONFLICT (prefix, year) DO UPDATE SET first_serial = excluded.first_serial')
      .run(prefix, year, firstSerial);
  });
}

export function listDocumentNumbers(ws: Workspace, filter: z.input<typeof ListFilterSchema> = {}): DocumentNumberEntry[] {
  const { prefix, year } = parseInput(ListFilterSchema, filter, '查询文号');
  const rows = ws.db
    .prepare('SELECT * FROM document_numbers WHERE (@prefix IS NULL OR prefix = @prefix) AND (@year IS NULL OR year = @year) ORDER BY prefix, year, serial')
    .all({ prefix: prefix ?? null, year: year ?? null }) as NumberRow[];
  return rows.map(entryFromRow);
}

export function documentNumberOfDraft(ws: Workspace, draftId: string): DocumentNumberEntry | null {
  const row = ws.db.prepare('SELECT * FROM document_numbers WHERE draft_id = ? AND voided_at IS NULL').get(draftId) as NumberRow | undefined;
  return row ? entryFromRow(row) : null;
}

export function register(ws: Workspace, parts: DocumentNumberParts, who: { draftId: string | null; title: string; by: string; manualReason: string | null }): DocumentNumberEntry {
  const printed = formatDocumentNumber(parts);
  const existing = findRow(ws, parts);
  if (existing) {
    if (existing.voided_at)
      throw new AppError('BAD_ARGUMENTS', `文号“${printed}”已于 ${existing.voided_at.slice(0, 10)} 作废（${existing.void_reason ?? ''}），作废的文号不再使用。`);
    throw new AppError('BAD_ARGUMENTS', `文号“${printed}”已被“${existing.title}”使用（${existing.allocated_at.slice(0, 10)} 由 ${existing.allocated_by} 登记），不能重复。`);
  }
  ws.db
    .prepare(
      'INSERT INTO document_numbers (prefix, year, serial, number, draft_id, title, allocated_at, allocated_by, manual, manual_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    .run(parts.prefix, parts.year, parts.serial, printed, who.draftId, who.title, ws.now(), who.by, who.manualReason === null ? 0 : 1, who.manualReason);
  if (who.draftId) setPrintedNumber(ws, who.draftId, null, printed);
  return entryFromRow(findRow(ws, parts) as NumberRow);
}

function refuseSecondNumber(ws: Workspace, draftId: string, title: string): void {
  const held = documentNumberOfDraft(ws, draftId);
  if (held) throw new AppError('BAD_ARGUMENTS', `草稿“${title}”已有文号“${held.number}”，不能再分配。如需更换，请先作废原文号。`);
}

/** Keeps the draft's 版头 in step with the register; a number typed differently by hand is left alone. */
function setPrintedNumber(ws: Workspace, draftId: string, from: string | null, to: string | null): void {
  const draft = getDraft(ws, draftId);
  if (from !== null && draft.document.header.documentNumber !== from) return;
  saveDraft(ws, { id: draftId, document: { ...draft.document, header: { ...draft.document.header, documentNumber: to } } });
}

function findRow(ws: Workspace, parts: DocumentNumberParts): NumberRow | undefined {
  return ws.db.prepare('SELECT * FROM document_numbers WHERE prefix = ? AND year = ? AND serial = ?').get(parts.prefix, parts.year, parts.serial) as NumberRow | undefined;
}

function entryFromRow(row: NumberRow): DocumentNumberEntry {
  return {
    number: row.number,
    prefix: row.prefix,
    year: row.year,
    serial: row.serial,
    draftId: row.draft_id,
    title: row.title,
    allocatedAt: row.allocated_at,
    allocatedBy: row.allocated_by,
    manual: row.manual === 1,
    manualReason: row.manual_reason,
    voided: row.voided_at !== null,
    voidedAt: row.voided_at,
    voidedBy: row.voided_by,
    voidReason: row.void_reason,
  };
}
