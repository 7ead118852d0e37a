import { describe, expect, it } from 'vitest';
import { editParts, zipParts } from '../../tests/fixtures/check/ooxml-package.ts';
import { wordLikeParts } from '../../tests/fixtures/check/word-like-document.ts';
import { DocxReadError } from './docx-read-error.ts';
import { readDocx } from './read-docx.ts';

const model = () => readDocx(zipParts(wordLikeParts()));
const paragraph = (text: string) => {
  const found = model().paragraphs.find((p) => p.text === text);
  if (!found) throw new Error(`no paragraph ${text}`);
  return found;
};

describe('readDocx: formatting resolved through docDefaults, styles and direct formatting', () => {
  it('gives a paragraph without w:pPr the default paragraph style (Normal)', () => {
    const p = paragraph('本规则适用于全县各级纪检监察组织。');
    expect(p.styleName).toBe('Normal');
    expect(p.props).toMatchObject({ align: 'both', line: 579, lineRule: 'exact', indent: { firstLine: 640, firstLineChars: 200 } });
    expect(p.runs[0]?.props).toMatchObject({ size: 32, characterSpacing: -5, fonts: { eastAsia: '仿宋_GB2312', hint: 'eastAsia' } });
  });

  it('resolves theme fonts and keeps them under an w:rFonts that carries only w:hint', () => {
    expect(paragraph('一、总体要求').runs[0]?.props.fonts).toEqual({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: null, hint: 'eastAsia' });
  });

  it('follows basedOn chains and lets a character style override the paragraph style', () => {
    const runIn = paragraph('（二）基本原则。坚持问题导向，坚持分类指导，坚持务求实效。');
    expect(runIn.runs.map((r) => r.props.fonts.eastAsia)).toEqual(['楷体_GB2312', '仿宋_GB2312']);
    const mark = paragraph('示范县纪律检查委员会文件');
    expect(mark.props).toMatchObject({ align: 'center', indent: { firstLine: 0, firstLineChars: 0 }, line: 1440 });
    expect(mark.runs[0]?.props).toMatchObject({ color: 'FF0000', size: 72, characterSpacing: 0 });
  });

  it('reads hanging indents and paragraph borders', () => {
    expect(paragraph('附件：1.示范县基层纪检监察组织规范化建设标准').props.indent).toMatchObject({ left: 1920, firstLine: -1280, firstLineChars: 0 });
    expect(paragraph('某纪发〔2024〕5号').props.borders.bottom).toEqual({ style: 'single', size: 12, color: 'FF0000' });
  });
});

describe('readDocx: sections, page breaks, tables and footers', () => {
  it('splits sections at a w:sectPr inside a paragraph and starts the next section on a new page', () => {
    const m = model();
    expect(m.sections).toHaveLength(2);
    expect(m.sections[0]).toMatchObject({ pageSize: { width: 11906, height: 16838 }, margin: { top: 2098, left: 1587, footer: 1446 }, grid: { type: null, linePitch: 579 } });
    const label = m.paragraphs.find((p) => p.text === '附件2')!;
    expect(label.section).toBe(1);
    expect(label.startsPage).toBe(true);
    expect(m.paragraphs.find((p) => p.text === '附件1')?.startsPage).toBe(true);
  });

  it('inherits footers into a section that names none', () => {
    const [first, second] = model().sections;
    expect(second?.footers).toEqual(first?.footers);
    expect(first?.footers).toEqual({ default: 'word/footer1.xml', even: 'word/footer2.xml', first: null });
  });

  it('reads table geometry and numbers cell paragraphs in reading order', () => {
    const m = model();
    expect(m.tables).toHaveLength(1);
    const table = m.tables[0]!;
    expect(table).toMatchObject({ width: 8845, gridColumns: [8845], rowCount: 2, borders: { top: { size: 8 }, bottom: { size: 8 }, insideH: { size: 6 } } });
    expect(table.paragraphs.map((n) => m.paragraphs[n - 1]?.text)).toEqual(['抄送：县委办公室，县政府办公室。', '中共示范县纪律检查委员会办公室\t2024年12月6日印发']);
  });

  it('takes the 版记 rules from cell borders when a table has no table borders, as LibreOffice writes it', () => {
    const parts = editParts(wordLikeParts(), [
      { part: 'word/document.xml', from: /<w:tblBorders>.*?<\/w:tblBorders>/, to: '' },
      { part: 'word/document.xml', from: /(<w:tcW w:w="8845" w:type="dxa"\/>)(<\/w:tcPr>.{0,200}抄送)/s, to: '$1<w:tcBorders><w:top w:val="single" w:sz="8"/><w:bottom w:val="single" w:sz="6"/></w:tcBorders>$2' },
      { part: 'word/document.xml', from: /(<w:tcW w:w="8845" w:type="dxa"\/>)(<\/w:tcPr>.{0,800}印发)/s, to: '$1<w:tcBorders><w:top w:val="single" w:sz="6"/><w:bottom w:val="single" w:sz="8"/></w:tcBorders>$2' },
    ]);
    expect(readDocx(zipParts(parts)).tables[0]?.borders).toEqual({
      top: { style: 'single', size: 8, color: null },
      bottom: { style: 'single', size: 8, color: null },
      insideH: { style: 'single', size: 6, color: null },
    });
  });

  it('takes table borders from the table style when the table names one (Word 的网格型)', () => {
    const grid = '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/></w:tblBorders>';
    const parts = editParts(wordLikeParts(), [
      { part: 'word/document.xml', from: /<w:tblBorders>.*?<\/w:tblBorders>/, to: '<w:tblStyle w:val="TableGrid"/>' },
      { part: 'word/styles.xml', from: '</w:styles>', to: `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr>${grid}</w:tblPr></w:style></w:styles>` },
    ]);
    expect(readDocx(zipParts(parts)).tables[0]?.borders).toEqual({
      top: { style: 'single', size: 4, color: null },
      bottom: { style: 'single', size: 4, color: null },
      insideH: { style: 'single', size: 4, color: null },
    });
  });

  it('reads a bare package with only document.xml: no styles, settings or section properties', () => {
    const bare = readDocx(
      zipParts({
        'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>',
      }),
    );
    expect(bare.paragraphs.map((p) => [p.text, p.runs[0]?.props.size, p.props.lineRule])).toEqual([['正文', null, 'auto']]);
    expect(bare.sections).toMatchObject([{ pageSize: { width: null }, footers: { default: null } }]);
    expect(bare.settings.evenAndOddHeaders).toBe(false);
  });

  it('shows fields as {INSTRUCTION} next to their cached result, and reads text boxes inside mc:AlternateContent once', () => {
    const m = model();
    const odd = m.footers.get('word/footer1.xml')!.paragraphs[0]!;
    expect(odd.text).toBe('— 1 —');
    expect(odd.fieldText).toBe('— {PAGE} —');
    const even = m.footers.get('word/footer2.xml')!.paragraphs;
    expect(even.map((p) => [p.container, p.fieldText])).toEqual([
      ['body', ''],
      ['textbox', '— {PAGE} —'],
    ]);
    expect(m.settings.evenAndOddHeaders).toBe(true);
  });

  it('leaves deleted text and field codes out of the text, keeps inserted text and hyperlinks', () => {
    const parts = editParts(wordLikeParts(), [
      {
        part: 'word/document.xml',
        from: '<w:p><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">本规则适用于全县各级纪检监察组织。</w:t></w:r></w:p>',
        to: '<w:p><w:ins w:id="1" w:author="审阅"><w:r><w:t>本规则</w:t></w:r></w:ins><w:del w:id="2" w:author="审阅"><w:r><w:delText>删去</w:delText></w:r></w:del><w:hyperlink r:id="rIdLink"><w:r><w:t>适用于</w:t></w:r></w:hyperlink><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>全县&#x5404;级</w:t></w:r></w:p>',
      },
    ]);
    const p = readDocx(zipParts(parts)).paragraphs.find((x) => x.text.startsWith('本规则'));
    expect(p?.text).toBe('本规则适用于全县各级');
    expect(p?.fieldText).toBe('本规则适用于{DATE}全县各级');
  });
});

describe('readDocx: unreadable input gets a Chinese message naming the entry', () => {
  const readError = (bytes: Uint8Array): DocxReadError => {
    try {
      readDocx(bytes);
    } catch (error) {
      if (error instanceof DocxReadError) return error;
      throw error;
    }
    throw new Error('readDocx accepted the input');
  };

  it('rejects plain text, legacy .doc and truncated zips', () => {
    expect(readError(new TextEncoder().encode('不是压缩包')).message).toContain('不是 .docx 文件');
    expect(readError(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0])).message).toContain('Word 97-2003');
    const bytes = zipParts(wordLikeParts());
    expect(readError(bytes.slice(0, bytes.length - 40)).message).toContain('已损坏');
  });

  it('names a missing main part and a malformed part', () => {
    const { ['word/document.xml']: _removed, ...rest } = wordLikeParts();
    expect(readError(zipParts(rest)).message).toContain('word/document.xml');
    const broken = readError(zipParts({ ...wordLikeParts(), 'word/styles.xml': '<w:styles><w:style' }));
    expect(broken.entry).toBe('word/styles.xml');
    expect(broken.message).toContain('word/styles.xml');
    const unclosed = readError(zipParts({ ...wordLikeParts(), 'word/document.xml': '<w:document><w:body><w:p></w:body></w:document>' }));
    expect(unclosed.message).toMatch(/XML 格式错误.*第 1 行.*word\/document\.xml/);
  });
});
