import { describe, expect, it } from 'vitest';
import { mergeTemplate } from '../template/merge.ts';
import { columnIndex } from '../template/merge-table.ts';
import { TemplateSchema } from '../template/template-schema.ts';
import { applyMapping, mappedColumnIndex } from './column-mapping-apply.ts';
import type { DataTable } from './data-table.ts';

const table: DataTable = {
  source: { fileName: '问题清单.xlsx', sheet: '第六轮', encoding: 'workbook' },
  headerRows: 1,
  columns: ['序号', '存在问题', '问题描述', '牵头单位', '__proto__'].map((name) => ({ name, type: 'text' as const, filled: 1, samples: [] })),
  rows: [
    ['1', '采砂监管有漏洞', '（旧列）', '水利局', 'x'],
    ['2', '轮岗不到位', '（旧列）', '卫健委', 'y'],
  ],
  sourceRows: [3, 5],
};

describe('applyMapping', () => {
  it('renames the mapped headers, hides an unmapped header carrying a template name, and shares the rows', () => {
    const mapping = [
      { column: '问题描述', header: '存在问题' },
      { column: '责任单位', header: '牵头单位' },
      { column: '整改时限', header: null },
      { column: 'constructor', header: '__proto__' },
    ];
    const view = applyMapping(table, '巡察问题清单', mapping);
    expect(view).toMatchObject({ name: '巡察问题清单', sheet: '第六轮', columns: ['序号', '问题描述', '', '责任单位', 'constructor'], rowNumbers: [3, 5] });
    expect(view.rows).toBe(table.rows);
    const index = columnIndex(view);
    expect(index.get('问题描述')).toBe(1);
    expect(index.get('__proto__')).toBeUndefined();
    expect(index.get('constructor')).toBe(4);
    expect(mappedColumnIndex(['存在问题', '__proto__', '存在问题'], mapping)).toEqual(new Map([['问题描述', 0], ['constructor', 1]]));
  });

  it('feeds the merge under the template’s names', () => {
    const template = TemplateSchema.parse({
      formatVersion: 2, id: 'x-test', version: '1.0.0', name: '测试', family: '日常公文', description: '', genre: '通知', form: 'file',
      header: { organs: [], markSuffix: '', numberSequence: null, signers: [] }, title: '通知', byline: null, addressees: [], fields: [],
      sections: [{ id: 'a', label: '问题', required: true, repeatable: false, guidance: '', alternatives: [], content: [{ type: 'repeat', dataset: '巡察问题清单', filters: [{ column: '责任单位', op: 'eq', value: '水利局' }], each: [{ type: 'paragraph', text: '{{问题描述}}' }] }] }],
      attachments: [], signature: null, note: null, record: { cc: [], printer: null }, snippets: [], sample: { values: [], datasets: [] },
    });
    const view = applyMapping(table, '巡察问题清单', [
      { column: '问题描述', header: '存在问题' },
      { column: '责任单位', header: '牵头单位' },
    ]);
    const { document, issues } = mergeTemplate(template, { values: new Map(), datasets: new Map([['巡察问题清单', view]]), today: '2024-12-05' });
    expect(issues).toEqual([]);
    expect(document.body).toEqual([{ type: 'paragraph', content: [{ type: 'field', key: '问题描述', value: '采砂监管有漏洞', source: { dataset: '巡察问题清单', sheet: '第六轮', column: '问题描述', aggregate: 'value', rows: [3], filter: '' } }] }]);
  });
});
