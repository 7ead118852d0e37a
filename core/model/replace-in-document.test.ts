import { describe, expect, it } from 'vitest';
import { createBlankDocument, type GongwenDocument } from './document.ts';
import { findInDocument } from './find-in-document.ts';
import { text, type Inline } from './inline.ts';
import { replaceInDocument } from './replace-in-document.ts';

const field = (key: string, value: string): Inline => ({ type: 'field', key, value, source: null });

function draft(): GongwenDocument {
  const blank = createBlankDocument('通知', '2024-03-05');
  return {
    ...blank,
    header: { ...blank.header, organs: ['示范县纪委'] },
    title: '关于示范县作风检查的通知',
    addressees: ['示范县直各单位'],
    body: [
      { type: 'paragraph', content: [...text('示范县共立案'), field('立案件数', '37'), ...text('件，示范县')] },
      { type: 'heading', level: 1, content: text('示范县检查'), runIn: text('示范县要求。') },
      { type: 'enumeration', style: 'yishi', runOn: true, lead: text('建议：'), items: [text('示范县甲'), text('乙示范县')] },
      { type: 'paragraph', content: [...text('共'), field('单位', '示范县财政局'), ...text('等')] },
      { type: 'table', headerRows: 0, columnWidths: [1], rows: [{ cells: [{ content: text('示范县') }] }] },
    ],
  };
}

describe('replaceInDocument', () => {
  it('replaces every safe match and skips field values, tables and name lists', () => {
    const { document, replaced, skipped } = replaceInDocument(draft(), '示范县', '安平县', 'all');
    expect(document.title).toBe('关于安平县作风检查的通知');
    expect(document.body[0]).toEqual({ type: 'paragraph', content: [...text('安平县共立案'), field('立案件数', '37'), ...text('件，安平县')] });
    expect(document.body[1]).toEqual({ type: 'heading', level: 1, content: text('安平县检查'), runIn: text('安平县要求。') });
    expect(document.body[2]).toMatchObject({ lead: text('建议：'), items: [text('安平县甲'), text('乙安平县')] });
    expect(document.body[3]).toEqual(draft().body[3]);
    expect(document.body[4]).toEqual(draft().body[4]);
    expect(document.header.organs).toEqual(['示范县纪委']);
    expect(document.addressees).toEqual(['示范县直各单位']);
    expect(replaced).toBe(7);
    expect(skipped).toBe(findInDocument(draft(), '示范县').length - 7);
  });

  it('replaces just the chosen match', () => {
    const matches = findInDocument(draft(), '示范县');
    const second = matches.find((m) => m.source === 'body.0' && m.occurrence === 1)!;
    const { document, replaced } = replaceInDocument(draft(), '示范县', '', second);
    expect(replaced).toBe(1);
    expect(document.body[0]).toEqual({ type: 'paragraph', content: [...text('示范县共立案'), field('立案件数', '37'), ...text('件，')] });
    expect(document.title).toBe(draft().title);
  });

  it('never touches a match that runs into a field', () => {
    const { document, replaced, skipped } = replaceInDocument(draft(), '立案37', '立案三十七', 'all');
    expect(document).toEqual(draft());
    expect([replaced, skipped]).toEqual([0, 1]);
  });
});
