import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GongwenDocumentSchema } from '../model/document.ts';
import { inlineText } from '../model/inline.ts';
import type { Cell, MergeTable } from './merge-table.ts';
import { mergeTemplate } from './merge.ts';
import { TemplateSchema } from './template-schema.ts';
import { noPoisoning } from '../../tests/support/no-poisoning.ts';

const hostileNames = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'a.b', '#x', '{raw}', '单位', '金额'];
const name = fc.oneof(fc.constantFrom(...hostileNames), fc.string({ minLength: 1, maxLength: 8 }));
/** Template schemas allow only word characters in the names a binding or filter uses; the hostile ones still pass. */
const boundName = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '单位', '金额', '被审查人');
const cell: fc.Arbitrary<Cell> = fc.oneof(fc.constant(null), fc.string({ maxLength: 20 }), fc.double(), fc.constantFrom('1,234.5', ' 37 ', '{{单位}}', '__proto__'));
/** Text with placeholders for known, hostile and malformed names, as a pack could carry. */
const templateText = fc
  .array(fc.oneof(fc.string({ maxLength: 10 }), name.map((key) => `{{${key}}}`), fc.constantFrom('{{', '}}', '{{{raw}}}', '{{#x}}', '<script>x</script>')), { maxLength: 6 })
  .map((pieces) => pieces.join(''));

const merges = fc.record({
  text: templateText,
  title: templateText,
  values: fc.array(fc.tuple(name, fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('{{单位}}', '2024', ''))), { maxLength: 6 }),
  columns: fc.uniqueArray(fc.oneof(name, boundName), { minLength: 1, maxLength: 5 }),
  rows: fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 8 }),
  repeatColumn: boundName,
});

function template(text: string, title: string, repeatColumn: string) {
  return TemplateSchema.parse({
    formatVersion: 1,
    id: 'fuzz',
    version: '1.0.0',
    name: '模糊测试',
    family: '工作总结',
    description: '',
    genre: '报告',
    form: 'file',
    header: { organs: ['{{单位}}'], markSuffix: '文件', numberSequence: '某纪发', signers: [] },
    title,
    byline: null,
    addressees: ['县委'],
    fields: [
      { key: '单位', label: '单位', type: 'text', required: true, default: null, binding: null },
      { key: '金额', label: '金额', type: 'money', required: false, default: null, format: { yuanToWan: true }, binding: { kind: 'aggregate', dataset: '台账', aggregate: 'sum', column: repeatColumn, filters: [] } },
    ],
    sections: [
      {
        id: 'main',
        label: '正文',
        required: true,
        repeatable: false,
        guidance: '',
        content: [
          { type: 'paragraph', text },
          { type: 'repeat', dataset: '台账', filters: [{ column: repeatColumn, op: 'eq', value: '立案' }], each: [{ type: 'paragraph', text: `{{${repeatColumn}}}` }] },
        ],
        alternatives: [],
      },
    ],
    attachments: [],
    signature: { organs: ['{{单位}}'], date: null, dateStyle: 'arabic', seal: 'sealed' },
    note: null,
    record: { cc: [], printer: null },
    snippets: [],
    sample: { values: [], datasets: [] },
  });
}

describe('mergeTemplate (properties)', () => {
  it('merges any values and ledger into a valid document, never evaluates a value as a template, and leaves every global alone', () => {
    fc.assert(
      fc.property(merges, ({ text, title, values, columns, rows, repeatColumn }) => {
        const started = performance.now();
        const table: MergeTable = { name: '台账', sheet: null, columns, rows: rows.map((row) => row.slice(0, columns.length)), rowNumbers: rows.map((_, i) => i + 2) };
        const typed = new Map(values);
        const { document, issues } = mergeTemplate(template(text, title, repeatColumn), { values: typed, datasets: new Map([['台账', table]]), today: '2024-12-05' });
        expect(GongwenDocumentSchema.safeParse(document).success).toBe(true);
        expect(issues.every((issue) => typeof issue === 'string')).toBe(true);
        const unit = typed.get('单位');
        if (unit?.trim()) expect(document.header.organs).toEqual([unit]);
        const first = document.body[0];
        if (first?.type === 'paragraph' && unit?.trim() && text === '{{单位}}') expect(inlineText(first.content)).toBe(unit);
        expect(performance.now() - started).toBeLessThan(5000);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }).afterEach(noPoisoning),
      { numRuns: 300 },
    );
  });
});
