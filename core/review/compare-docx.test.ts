import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { unzipParts } from '../../tests/fixtures/check/ooxml-package.ts';
import { fontProfiles } from '../layout/font-profiles.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import { writeComparisonDocx } from './compare-docx.ts';
import type { Comparison } from './compare-rows.ts';

const comparison: Comparison = {
  title: '关于开展教育整顿“回头看”工作的通知',
  beforeName: '版本“送审稿”',
  afterName: '审阅稿“审阅稿.docx”（修订全部接受）',
  rows: [
    { section: '二、主要任务', paragraph: 4, added: false, before: '逐项建立台账，举一反三，明确责任。', after: '逐项建立台账、实行销号管理，明确责任。' },
    { section: '二、主要任务', paragraph: 2, added: true, before: '', after: '请于3月底前报送自查报告。' },
  ],
  comments: [
    { kind: 'comment', author: '李书记', date: '2024-03-06T10:15:00Z', text: '此处请补充具体目标。', before: '坚持问题导向', location: { source: 'body.2', section: '一、总体要求', paragraph: 2, by: 'anchor' } },
  ],
  notes: [],
};

const documentXml = (bytes: Uint8Array) => unzipParts(bytes)['word/document.xml']!;
const textOf = (xml: string) => [...xml.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('writeComparisonDocx', () => {
  it('writes a well-formed package on the GB/T 9704 page with the page number footers', () => {
    const parts = unzipParts(writeComparisonDocx(comparison));
    for (const [name, xml] of Object.entries(parts)) if (name.endsWith('.xml') || name.endsWith('.rels')) expect(XMLValidator.validate(xml), name).toBe(true);
    const xml = parts['word/document.xml']!;
    expect(xml).toContain(`<w:pgMar w:top="${gbt9704.margin.top}" w:right="${gbt9704.margin.right}" w:bottom="${gbt9704.margin.bottom}" w:left="${gbt9704.margin.left}"`);
    expect(xml).toContain(`w:eastAsia="${fontProfiles.classic.xiaobiaosong}"`);
    expect(Object.keys(parts).filter((name) => name.startsWith('word/footer'))).toHaveLength(2);
  });

  it('shows each change under its section label, struck through in 原文 and underlined in 修改后, then the comments', () => {
    const xml = documentXml(writeComparisonDocx(comparison));
    const all = textOf(xml);
    expect(all).toContain('修改对照');
    expect(all).toContain('共 2 处文字修改、1 条批注');
    expect(all.indexOf('1. 二、主要任务　第 4 段')).toBeLessThan(all.indexOf('2. 二、主要任务　第 2 段之后新增'));
    expect(xml).toMatch(/<w:strike\/>(?:(?!<\/w:r>).)*<w:t xml:space="preserve">，举一反三<\/w:t>/);
    expect(xml).toMatch(/<w:u w:val="single"\/>(?:(?!<\/w:r>).)*<w:t xml:space="preserve">、实行销号管理<\/w:t>/);
    expect(all).toContain('（新增段落）');
    expect(all).toContain('一、总体要求 第 2 段，批注于“坚持问题导向”（李书记 2024-03-06 10:15）：此处请补充具体目标。');
    expect(xml).toContain('<w:tblHeader/>');
  });

  it('says so when nothing changed, and uses the chosen font profile', () => {
    const xml = documentXml(writeComparisonDocx({ ...comparison, rows: [], comments: [] }, { fontProfile: 'xinchuang' }));
    expect(textOf(xml)).toContain('两稿文字相同，没有批注。');
    expect(xml).not.toContain('<w:tbl>');
    expect(xml).toContain(fontProfiles.xinchuang.fangsong);
  });
});
