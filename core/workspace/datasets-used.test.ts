import { describe, expect, it } from 'vitest';
import { createBlankDocument, type GongwenDocument } from '../model/document.ts';
import type { Inline } from '../model/inline.ts';
import { datasetsUsedBy } from './datasets-used.ts';

const field = (dataset: string): Inline => ({ type: 'field', key: '立案件数', value: '37', source: { dataset, sheet: null, column: '处置方式', aggregate: 'count', rows: [3], filter: '处置方式 = 立案' } });

describe('datasetsUsedBy', () => {
  it('finds fields in paragraphs, headings, enumerations, tables and attachments, once each', () => {
    const doc: GongwenDocument = {
      ...createBlankDocument('工作报告'),
      body: [
        { type: 'paragraph', content: [{ type: 'text', text: '共立案' }, field('线索台账')] },
        { type: 'heading', level: 1, content: [], runIn: [field('问责台账')] },
        { type: 'enumeration', style: 'yishi', runOn: true, lead: [], items: [[field('线索台账')]] },
        { type: 'table', headerRows: 0, columnWidths: [1], rows: [{ cells: [{ content: [field('审计台账')] }] }] },
        { type: 'paragraph', content: [{ type: 'field', key: '手填', value: '5', source: null }] },
      ],
      attachments: [{ title: '明细', blocks: [{ type: 'paragraph', content: [field('附件台账')] }] }],
    };
    expect(datasetsUsedBy(doc)).toEqual(['线索台账', '问责台账', '审计台账', '附件台账'].sort());
  });

  it('is empty for a document without ledger fields', () => {
    expect(datasetsUsedBy(createBlankDocument('通知'))).toEqual([]);
  });
});
