import { describe, expect, it } from 'vitest';
import { sampleNotice } from '../../tests/support/sample-document.ts';
import { documentFields } from './fields.ts';
import { text } from './inline.ts';

describe('documentFields', () => {
  it('finds fields in paragraphs, run-in headings, enumerations, tables and attachments', () => {
    const field = (key: string) => ({ type: 'field' as const, key, value: '1', source: null });
    const doc = sampleNotice({
      body: [
        { type: 'paragraph', content: [...text('共'), field('甲')] },
        { type: 'heading', level: 2, content: text('标题。'), runIn: [field('乙')] },
        { type: 'enumeration', style: 'yishi', runOn: true, lead: [], items: [[field('丙')]] },
        { type: 'table', headerRows: 0, columnWidths: [1], rows: [{ cells: [{ content: [field('丁')] }] }] },
      ],
      attachments: [{ title: '附表', blocks: [{ type: 'paragraph', content: [field('戊')] }] }],
    });
    expect(documentFields(doc).map((f) => [f.path, f.field.key])).toEqual([
      ['body.0', '甲'],
      ['body.1', '乙'],
      ['body.2', '丙'],
      ['body.3', '丁'],
      ['attachments.0.blocks.0', '戊'],
    ]);
  });
});
