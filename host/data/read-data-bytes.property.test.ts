import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataImportError } from '../../core/data/data-import-error.ts';
import { caseLedgerWorkbook, workbookBytes } from '../../tests/fixtures/data/ledger-workbooks.ts';
import { readDataBytes } from './read-data-bytes.ts';
import { noPoisoning } from '../../tests/support/no-poisoning.ts';

const workbook = workbookBytes(caseLedgerWorkbook(), 'xlsx');
const zipHeader = [0x50, 0x4b, 0x03, 0x04];
const compoundHeader = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Random bytes, bytes behind a workbook signature, and a real workbook with a few bytes changed. */
const inputs = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.uint8Array({ maxLength: 2000 }).map((tail) => new Uint8Array([...zipHeader, ...tail])),
  fc.uint8Array({ maxLength: 2000 }).map((tail) => new Uint8Array([...compoundHeader, ...tail])),
  fc.array(fc.tuple(fc.nat(workbook.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((edits) => {
    const bytes = workbook.slice();
    for (const [at, value] of edits) bytes[at] = value;
    return bytes;
  }),
);

describe('readDataBytes (properties)', () => {
  it('returns a table or a DataImportError for any bytes, quickly and without touching any global', () => {
    fc.assert(
      fc.property(inputs, fc.constantFrom('台账.csv', '台账.xlsx', '台账.xls'), (bytes, fileName) => {
        const started = performance.now();
        try {
          const { table } = readDataBytes(bytes, { fileName });
          expect(table.rows.every((row) => row.length === table.columns.length)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DataImportError);
        }
        expect(performance.now() - started).toBeLessThan(5000);
      }).afterEach(noPoisoning),
      { numRuns: 300 },
    );
  });
});
