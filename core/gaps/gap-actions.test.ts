import { describe, expect, it } from 'vitest';
import { createBlankDocument, GongwenDocumentSchema, type GongwenDocument } from '../model/document.ts';
import { inlineText, type Inline } from '../model/inline.ts';
import { inlinesWithGaps } from './gap-inlines.ts';
import { documentGaps } from './document-gaps.ts';
import { confirmNames, countGapsToFields, gapsToFields } from './gap-actions.ts';

const draft = (...paragraphs: Inline[][]): GongwenDocument => ({
  ...createBlankDocument('讲话稿'),
  body: paragraphs.map((content) => ({ type: 'paragraph' as const, content })),
});

const contentOf = (document: GongwenDocument, index: number): Inline[] => {
  const block = document.body[index]!;
  return block.type === 'paragraph' ? block.content : [];
};

describe('转为待填项', () => {
  it('turns markers typed as text into unfilled fields of that paragraph only', () => {
    const document = draft([{ type: 'text', text: '全年开展×轮巡察，请【单位名称】报送。' }], [{ type: 'text', text: '连续×年获评。' }]);
    expect(countGapsToFields(document, 'body.0')).toBe(2);
    const { document: next, count } = gapsToFields(document, 'body.0');
    expect(count).toBe(2);
    expect(contentOf(next, 0).filter((inline) => inline.type === 'field').map((inline) => inline.type === 'field' && inline.gap?.marker)).toEqual(['×', '【单位名称】']);
    expect(inlineText(contentOf(next, 0))).toBe('全年开展×轮巡察，请【单位名称】报送。');
    expect(next.body[1]).toEqual(document.body[1]);
    expect(gapsToFields(next, 'body.0')).toEqual({ document: next, count: 0 });
  });

  it('keeps a filled gap and its marker', () => {
    const document = draft([{ type: 'text', text: '开展' }, { type: 'field', key: '开展×轮', value: '3', source: null, gap: { marker: '×', kind: 'number' } }, { type: 'text', text: '轮巡察' }]);
    expect(gapsToFields(document, 'body.0').count).toBe(0);
    expect(documentGaps(document)).toEqual([]);
  });
});

describe('确认为有意隐去', () => {
  it('records the name once, turns its chips back into text and stops reporting it anywhere in the document', () => {
    const document = draft(inlinesWithGaps('张某某同志违规收受礼金，王某某知情。'), inlinesWithGaps('张某某已退缴，开展×轮巡察。'));
    expect(documentGaps(document).map((gap) => gap.label)).toEqual(['张某某', '王某某', '张某某', '开展×轮']);
    const { document: next, count } = confirmNames({ ...document, confirmedNames: ['王某某'] }, 'body.0');
    expect(count).toBe(1);
    expect(next.confirmedNames).toEqual(['王某某', '张某某']);
    expect(contentOf(next, 1)[0]).toEqual({ type: 'text', text: '张某某已退缴，开展' });
    expect(documentGaps(next).map((gap) => [gap.label, gap.place])).toEqual([['开展×轮', '正文第 2 段']]);
    expect(inlinesWithGaps('张某某到会', next.confirmedNames)).toEqual([{ type: 'text', text: '张某某到会' }]);
    expect(gapsToFields(draft([{ type: 'text', text: '张某某到会' }]), 'body.0').count).toBe(1);
    expect(gapsToFields({ ...draft([{ type: 'text', text: '张某某到会' }]), confirmedNames: ['张某某'] }, 'body.0').count).toBe(0);
  });

  it('loads documents saved before names could be confirmed, and rejects a bad list', () => {
    expect(GongwenDocumentSchema.safeParse(createBlankDocument('通知')).success).toBe(true);
    expect(GongwenDocumentSchema.safeParse({ ...createBlankDocument('通知'), confirmedNames: ['某某'] }).success).toBe(true);
    expect(GongwenDocumentSchema.safeParse({ ...createBlankDocument('通知'), confirmedNames: [''] }).success).toBe(false);
  });
});

describe('the gaps of a document', () => {
  it('lists field gaps with their place in the body, text gaps in the title, and skips template fields', () => {
    const document = { ...draft([{ type: 'field', key: '立案件数', value: null, source: null }, ...inlinesWithGaps('发现问题××个')]), title: '关于20XX年工作的报告' };
    expect(documentGaps(document)).toEqual([
      { source: 'title', place: '标题', label: '关于20XX年', excerpt: '关于20XX年工作的报告', fieldIndex: null },
      { source: 'body.0', place: '正文第 1 段', label: '发现问题××个', excerpt: '【立案件数】发现问题××个', fieldIndex: 1 },
    ]);
  });

  it('counts the body chips F4 walks, not those in table cells, which keep their cell path', () => {
    const cellGap = inlinesWithGaps('【责任单位】');
    const document: GongwenDocument = {
      ...draft(inlinesWithGaps('开展×轮巡察')),
      body: [
        { type: 'table', headerRows: 0, columnWidths: [1, 1], rows: [{ cells: [{ content: [{ type: 'text', text: '单位' }] }, { content: cellGap }] }] },
        { type: 'paragraph', content: inlinesWithGaps('开展×轮巡察') },
      ],
    };
    expect(documentGaps(document).map(({ source, place, label, fieldIndex }) => ({ source, place, label, fieldIndex }))).toEqual([
      { source: 'body.0.rows.0.cells.1', place: '正文第 1 段表格第 1 行第 2 格', label: '责任单位', fieldIndex: null },
      { source: 'body.1', place: '正文第 2 段', label: '开展×轮', fieldIndex: 0 },
    ]);
  });
});
