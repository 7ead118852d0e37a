import { describe, expect, it } from 'vitest';
import { docxParagraphTexts, docxParts } from '../../tests/support/docx-parts.ts';
import { sampleNotice, sampleRedHeadNotice } from '../../tests/support/sample-document.ts';
import { compose } from '../typeset/compose.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import { text } from '../model/inline.ts';
import { docxParagraphSources, writeDocx } from './write-docx.ts';

describe('writeDocx', () => {
  it('writes the title, 主送, body, 署名 and date in print order', async () => {
    const texts = docxParagraphTexts(await writeDocx(sampleNotice())).filter(Boolean);
    expect(texts).toEqual([
      '关于做好2024年度党风廉政',
      '建设工作总结的通知',
      '各乡镇纪委、县直各单位：',
      '为全面总结一年来党风廉政建设工作，根据县纪委监委工作安排，现就有关事项通知如下。',
      '各单位要对照年初确定的目标任务，逐项梳理完成情况，实事求是总结成绩和经验。',
      '请于2024年12月20日前将总结报送县纪委监委办公室，电子版发送至指定邮箱。',
      '中共示范县纪律检查委员会办公室',
      '2024年12月5日',
    ]);
  });

  it('ends the 主送 line with one full-width colon even when the writer typed one', async () => {
    const texts = docxParagraphTexts(await writeDocx(sampleNotice({ addressees: ['各乡镇纪委', '县直各单位：'] })));
    expect(texts).toContain('各乡镇纪委、县直各单位：');
  });

  it('sets A4 and the GB/T 9704 margins from the one table of numbers', async () => {
    const xml = docxParts(await writeDocx(sampleNotice()))['word/document.xml'] ?? '';
    expect(xml).toContain(`<w:pgSz w:w="${gbt9704.page.width}" w:h="${gbt9704.page.height}"`);
    const margin = gbt9704.margin;
    expect(xml).toMatch(new RegExp(`<w:pgMar w:top="${margin.top}" w:right="${margin.right}" w:bottom="${margin.bottom}" w:left="${margin.left}"`));
  });

  it('uses 3号仿宋 body runs narrowed to 98 % and a 2号小标宋 title', async () => {
    const parts = docxParts(await writeDocx(sampleNotice()));
    const xml = parts['word/document.xml'] ?? '';
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"[^]*?<w:sz w:val="44"\/>/);
    expect(xml).toMatch(/<w:w w:val="98"\/>[^]*?<w:sz w:val="32"\/>/);
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:hint="eastAsia"');
    expect(xml).toContain('<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"/>');
    expect(parts['word/styles.xml']).toContain('<w:widowControl w:val="false"/>');
  });

  it('switches font names with the font profile', async () => {
    const xml = docxParts(await writeDocx(sampleNotice(), { fontProfile: 'xinchuang' }))['word/document.xml'] ?? '';
    expect(xml).toContain('w:eastAsia="方正仿宋_GBK"');
    expect(xml).not.toContain('仿宋_GB2312');
  });

  it('puts page numbers in odd and even footers', async () => {
    const parts = docxParts(await writeDocx(sampleNotice()));
    expect(parts['word/settings.xml']).toContain('<w:evenAndOddHeaders/>');
    const footers = Object.entries(parts).filter(([name]) => /^word\/footer\d+\.xml$/.test(name));
    expect(footers).toHaveLength(2);
    for (const [, xml] of footers) {
      expect(xml).toMatch(/PAGE/);
      expect(xml).toContain('— ');
      expect(xml).toContain('w:eastAsia="宋体"');
    }
    const alignments = footers.map(([, xml]) => /<w:jc w:val="(\w+)"\/>/.exec(xml)?.[1]).sort();
    expect(alignments).toEqual(['left', 'right']);
  });

  it('drops characters XML cannot carry instead of writing a file Word refuses', async () => {
    const bytes = await writeDocx(sampleNotice({ body: [{ type: 'paragraph', content: text('A\u0001B\uFFFFC\u0008D & <E>') }] }));
    expect(docxParagraphTexts(bytes)).toContain('ABCD & <E>');
  });

  it('keeps Extension-B characters and emoji intact', async () => {
    const bytes = await writeDocx(sampleNotice({ body: [{ type: 'paragraph', content: text('𠀀𪚥同志😀') }] }));
    expect(docxParagraphTexts(bytes)).toContain('𠀀𪚥同志😀');
  });

  it('puts an unsealed date two characters right of the 署名 start (§7.3.5.2)', async () => {
    const xml = docxParts(await writeDocx(sampleNotice({ signature: { ...sampleNotice().signature, organs: ['中共示范县纪律检查委员会'], date: '2024-03-05' } })))['word/document.xml'] ?? '';
    const nameIndent = /<w:ind [^>]*w:right="(\d+)"[^>]*\/>(?:(?!<\/w:p>)[^])*中共示范县纪律检查委员会/.exec(xml);
    const dateIndent = /<w:ind [^>]*w:right="(\d+)"[^>]*\/>(?:(?!<\/w:p>)[^])*2024年3月5日/.exec(xml);
    // The date starts two characters right of the 12-character 署名's first character: right indent W(署名) − W(date) = 12 − 6 cells.
    expect(nameIndent?.[1]).toBe(String(2 * gbt9704.char.body));
    expect(dateIndent?.[1]).toBe(String(12 * gbt9704.char.body - 6 * gbt9704.char.body));
  });

  it('centres the 署名 over the date, the date four characters in from the right', async () => {
    const xml = docxParts(await writeDocx(sampleNotice({ signature: { ...sampleNotice().signature, seal: 'sealed', organs: ['示范县纪委'], date: '2024-03-05' } })))['word/document.xml'] ?? '';
    const dateIndent = /<w:ind [^>]*w:right="(\d+)"[^>]*\/>(?:(?!<\/w:p>)[^])*2024年3月5日/.exec(xml);
    expect(dateIndent?.[1]).toBe(String(gbt9704.indent.dateRight));
    // "2024年3月5日" is 6 half-width digits + 3 full-width = 6 cells; "示范县纪委" is 5 cells, so half a cell more indent.
    const nameIndent = /<w:ind [^>]*w:right="(\d+)"[^>]*\/>(?:(?!<\/w:p>)[^])*示范县纪委/.exec(xml);
    expect(nameIndent?.[1]).toBe(String(gbt9704.indent.dateRight + gbt9704.char.body / 2));
  });
});

describe('docxParagraphSources', () => {
  it('names the model element of every written body paragraph, in order', async () => {
    const doc = sampleRedHeadNotice();
    const placement = { blankLines: 3, spacer: 200, ownPage: false };
    const sources = docxParagraphSources(compose(doc), placement);
    const texts = docxParagraphTexts(await writeDocx(doc, { placement }));
    const titleIndex = texts.indexOf('关于开展2024年度全县纪检监察干部');
    expect(sources[titleIndex]).toBe('title');
    expect(sources[texts.indexOf('抄送：市纪委监委办公室，县委办公室。')]).toBe('record.cc');
    expect(sources[texts.findIndex((t) => t.startsWith('二、主要任务'))]).toBe('body.3');
  });
});
