import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from '../validation/zod.ts';
import { caseLedgerWorkbook, workbookBytes } from '../../tests/fixtures/data/ledger-workbooks.ts';
import { DataImportSchema } from './data-table-schema.ts';
import type { DataImport } from './data-table.ts';
import { importWorkbook } from './import-data.ts';

describe('DataImportSchema', () => {
  const imported = importWorkbook(workbookBytes(caseLedgerWorkbook(), 'xlsx'), { fileName: '台账.xlsx', sha256: 'a'.repeat(64) });

  it('accepts what an import produces, through a JSON round trip', () => {
    expect(DataImportSchema.parse(JSON.parse(JSON.stringify(imported)))).toEqual(imported);
  });

  it('describes the same data as the hand-written types', () => {
    expectTypeOf<z.infer<typeof DataImportSchema>>().toEqualTypeOf<DataImport>();
  });

  it('refuses tables that no import could produce', () => {
    const withDate = structuredClone(imported);
    (withDate.table.rows[0] as unknown[])[4] = new Date(0);
    expect(DataImportSchema.safeParse(withDate).success).toBe(false);
    expect(DataImportSchema.safeParse({ ...imported, table: { ...imported.table, extra: 1 } }).success).toBe(false);
    expect(DataImportSchema.safeParse({ ...imported, table: { ...imported.table, sourceRows: [0] } }).success).toBe(false);
  });
});
