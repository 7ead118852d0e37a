import { describe, expect, it } from 'vitest';
import { createBlankDocument, type GongwenDocument } from './document.ts';
import { text } from './inline.ts';
import { findInDocument } from './find-in-document.ts';

function draft(): GongwenDocument {
  const blank = createBlankDocument('通知', '2024-03-05');
  return {
    ...blank,
    header: { ...blank.header, organs: ['示范县纪委'], documentNumber: '某纪发〔2024〕5号' },
    title: '关于开展作风建设专项检查的通知',
    addressees: ['各乡镇纪委'],
    body: [
      { type: 'paragraph', content: text('为加强作风建设，现通知如下：') },
      { type: 'heading', level: 1, content: text('检查内容'), runIn: null },
      { type: 'paragraph', content: [...text('全县共立案'), { type: 'field', key: '立案件数', value: '37', source: null }, ...text('件，作风问题作风问题。')] },
      { type: 'table', headerRows: 1, columnWidths: [1, 1], rows: [{ cells: [{ content: text('单位') }, { content: text('作风') }] }] },
      { type: 'pageBreak' },
    ],
    signature: { ...blank.signature, organs: ['示范县纪委'] },
    record: { ...blank.record, cc: ['市纪委监委'], printer: '示范县纪委办公室' },
  };
}

describe('findInDocument', () => {
  it('finds a word in every part in reading order, naming each part', () => {
    const matches = findInDocument(draft(), '作风');
    expect(matches.map((m) => [m.source, m.start, m.occurrence])).toEqual([
      ['title', 4, 0],
      ['body.0', 3, 0],
      ['body.2', 9, 0],
      ['body.2', 13, 1],
      ['body.3', 3, 0],
    ]);
    expect(matches[0]).toMatchObject({ label: '标题', length: 2 });
    expect(matches[2]!.label).toBe('正文第 3 段');
  });

  it('searches field values as printed, and header and closing fields', () => {
    expect(findInDocument(draft(), '37').map((m) => m.source)).toEqual(['body.2']);
    expect(findInDocument(draft(), '示范县纪委').map((m) => m.source)).toEqual(['header.organs', 'signature.organs', 'record.printer']);
    expect(findInDocument(draft(), '〔2024〕').map((m) => m.label)).toEqual(['发文字号']);
  });

  it('ignores letter case, counts non-overlapping matches, and finds nothing for an empty query', () => {
    const doc = { ...draft(), title: 'PDF版与pdf版，啊啊啊' };
    expect(findInDocument(doc, 'pdf').map((m) => m.start)).toEqual([0, 5]);
    expect(findInDocument(doc, '啊啊').map((m) => m.start)).toEqual([10]);
    expect(findInDocument(doc, '')).toEqual([]);
    expect(findInDocument(doc, '没有这句话')).toEqual([]);
  });

  it('gives a short excerpt around the match', () => {
    expect(findInDocument(draft(), '检查内容')[0]!.excerpt).toBe('检查内容');
    expect(findInDocument(draft(), '立案')[0]!.excerpt).toBe('全县共立案37件，作风问题作风问题');
  });
});
