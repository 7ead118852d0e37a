import { describe, expect, it } from 'vitest';
import type { DataTable } from '../data/data-table.ts';
import { datasetsUsed, ledgerAsDataset } from './template-datasets.ts';
import { TemplateSchema } from './template-schema.ts';

describe('datasetsUsed', () => {
  it('finds ledgers in bindings, nested repeats, alternatives and attachments, once each', () => {
    const template = TemplateSchema.parse({
      formatVersion: 1, id: 'x-test', version: '1.0.0', name: '测试', family: '日常公文', description: '', genre: '通知', form: 'file',
      header: { organs: [], markSuffix: '', numberSequence: null, signers: [] }, title: '', byline: null, addressees: [],
      fields: [{ key: '数', label: '数', type: 'number', required: true, default: null, binding: { kind: 'aggregate', dataset: '甲', aggregate: 'count', column: null, filters: [] } }],
      sections: [{ id: 'a', label: 'a', required: true, repeatable: false, guidance: '', content: [{ type: 'if', field: '数', test: 'filled', then: [{ type: 'repeat', dataset: '乙', filters: [], each: [{ type: 'table', dataset: '丙', filters: [], numbered: false, columns: [{ header: 'h', column: 'c', width: 1 }] }] }], else: [] }], alternatives: [{ id: 'b', label: 'b', content: [{ type: 'repeat', dataset: '甲', filters: [], each: [] }] }] }],
      attachments: [{ title: '附', content: [{ type: 'table', dataset: '丁', filters: [], numbered: true, columns: [{ header: 'h', column: 'c', width: 1 }] }] }],
      signature: null, note: null, record: { cc: [], printer: null }, snippets: [], sample: { values: [], datasets: [] },
    });
    expect(datasetsUsed(template)).toEqual(['甲', '乙', '丙', '丁']);
  });
});

describe('ledgerAsDataset', () => {
  it('keeps the column names, cells and the row numbers of the file', () => {
    const table: DataTable = {
      source: { fileName: '台账.xlsx', sheet: '2024', encoding: 'workbook' },
      headerRows: 2,
      columns: [{ name: '处置方式', type: 'text', filled: 1, samples: [] }],
      rows: [['立案']],
      sourceRows: [3],
    };
    expect(ledgerAsDataset(table, '案件台账')).toEqual({ name: '案件台账', sheet: '2024', columns: ['处置方式'], rows: [['立案']], rowNumbers: [3] });
  });
});
