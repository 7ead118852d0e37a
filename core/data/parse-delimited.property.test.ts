import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DataImportError } from './data-import-error.ts';
import { parseDelimited } from './parse-delimited.ts';
import { noPoisoning } from '../../tests/support/no-poisoning.ts';

const quote = (field: string) => (/[",\n\r]/.test(field) || field.startsWith('sep=') ? `"${field.replaceAll('"', '""')}"` : field);
const field = fc.oneof(fc.string({ unit: fc.constantFrom('a', '张', ',', '"', '\n', '\r', ' ', '𠀀') }), fc.constantFrom('__proto__', 'constructor', 'toString', 'prototype'));

describe('parseDelimited (properties)', () => {
  it('reads back any table written with Excel quoting', () => {
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }), (table) => {
        const text = table.map((row) => row.map(quote).join(',')).join('\r\n');
        expect(parseDelimited(text, { fileName: 'p.csv', delimiter: ',' }).rows).toEqual(table);
      }),
    );
  });

  it('either parses or throws a DataImportError for any text, without touching any global', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '"', ',', ';', '\t', '\n', '\r', '\0', 's', 'e', 'p', '=', '张') , maxLength: 200 }), (text) => {
        try {
          const { rows } = parseDelimited(text, { fileName: 'p.csv' });
          expect(rows.every((row) => row.length > 0)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DataImportError);
        }
      }).afterEach(noPoisoning),
      { numRuns: 2000 },
    );
  });
});
