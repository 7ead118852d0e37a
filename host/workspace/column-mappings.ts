/**
 * Column mappings the writer confirmed, kept per template dataset and ledger layout: the same
 * template meeting a ledger with the same file name, sheet and headers gets the confirmed mapping
 * back; confirming an edited one replaces it. A changed header row is a different layout, so a
 * stale mapping is never applied to columns it was not made for.
 */
import { createHash } from 'node:crypto';
import { AppError } from '../../core/api/errors.ts';
import type { MappedColumn } from '../../core/data/column-mapping-apply.ts';
import { NameSchema } from '../../core/template/template-schema.ts';
import { z } from '../../core/validation/zod.ts';
import type { Workspace } from './open-workspace.ts';
import { parseInput } from './parse-input.ts';
import { inWriteTransaction } from './write-transaction.ts';

const LedgerLayoutSchema = z.strictObject({
  templateId: z.string().min(1).max(64),
  dataset: NameSchema,
  fileName: z.string().min(1).max(500),
  sheet: z.string().max(200).nullable(),
  headers: z.array(z.string().max(1_000)).max(1_000),
});
export type LedgerLayout = z.infer<typeof LedgerLayoutSchema>;

/** [template column, ledger header or null] pairs: an array, never an object keyed by header text. */
const MappingPairsSchema = z.array(z.tuple([NameSchema, z.string().max(1_000).nullable()])).max(1_000);

const ConfirmedMappingSchema = LedgerLayoutSchema.extend({
  mapping: z.array(z.strictObject({ column: NameSchema, header: z.string().max(1_000).nullable() })).max(1_000),
});

/** Hash of what identifies a ledger's layout; the parts are stored beside it so a person can read them. */
export function ledgerFingerprint(layout: Pick<LedgerLayout, 'fileName' | 'sheet' | 'headers'>): string {
  return createHash('sha256').update(JSON.stringify([layout.fileName, layout.sheet, layout.headers])).digest('hex');
}

export function saveColumnMapping(ws: Workspace, input: z.input<typeof ConfirmedMappingSchema>): void {
  const confirmed = parseInput(ConfirmedMappingSchema, input, '保存列对应关系');
  const headers = new Set(confirmed.headers);
  for (const { column, header } of confirmed.mapping) {
    if (header !== null && !headers.has(header)) throw new AppError('BAD_ARGUMENTS', `保存列对应关系：台账“${confirmed.fileName}”没有表头“${header}”（列“${column}”）。`);
  }
  const pairs = confirmed.mapping.map(({ column, header }) => [column, header]);
  inWriteTransaction(ws, () => {
    ws.db
      .prepare(
        `INSERT INTO column_mappings (template_id, dataset, fingerprint, file_name, sheet, headers_json, mapping_json, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (template_id, dataset, fingerprint) DO UPDATE SET mapping_json = excluded.mapping_json, confirmed_at = excluded.confirmed_at`,
      )
      .run(confirmed.templateId, confirmed.dataset, ledgerFingerprint(confirmed), confirmed.fileName, confirmed.sheet, JSON.stringify(confirmed.headers), JSON.stringify(pairs), ws.now());
  });
}

/** The mapping confirmed for this template dataset and ledger layout, or null when there is none. */
export function findColumnMapping(ws: Workspace, input: z.input<typeof LedgerLayoutSchema>): MappedColumn[] | null {
  const layout = parseInput(LedgerLayoutSchema, input, '查找列对应关系');
  const row = ws.db.prepare('SELECT mapping_json FROM column_mappings WHERE template_id = ? AND dataset = ? AND fingerprint = ?').get(layout.templateId, layout.dataset, ledgerFingerprint(layout)) as { mapping_json: string } | undefined;
  if (!row) return null;
  let pairs: z.infer<typeof MappingPairsSchema>;
  try {
    pairs = MappingPairsSchema.parse(JSON.parse(row.mapping_json));
  } catch (error) {
    throw new AppError('BAD_DOCUMENT', `工作区中模板“${layout.templateId}”与台账“${layout.fileName}”的列对应关系已损坏，程序没有改动它；请重新确认列对应关系。`, { cause: error });
  }
  return pairs.map(([column, header]) => ({ column, header }));
}
