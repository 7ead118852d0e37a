/**
 * The 修改对照 document (.docx) for the record: a 2号小标宋 title, a 3号仿宋 note on what is
 * compared, then 一、文字修改 as a two-column table (原文 | 修改后) with a label row naming each
 * changed paragraph's section, deleted words struck through in 原文 and inserted words
 * underlined in 修改后, and 二、批注 listing the leader's comments. Page, margins, fonts and
 * page numbers come from the same GB/T 9704 numbers as every export.
 */
import { fontProfiles, type FontProfile, type FontProfileId } from '../layout/font-profiles.ts';
import { gbt9704, textBlockWidth } from '../layout/gbt9704.ts';
import { splitTitle } from '../layout/split-title.ts';
import { zipPackage } from '../docx/docx-package.ts';
import { pageNumberFooters } from '../docx/page-number-footers.ts';
import { runFontsXml } from '../docx/runs.ts';
import { exactSpacingXml } from '../docx/styles.ts';
import { escapeXml } from '../docx/xml-escape.ts';
import { stripXmlInvalid } from '../text/xml-safe.ts';
import { diffWords, type WordChange } from './compare-words.ts';
import type { Comparison, ComparisonRow } from './compare-rows.ts';
import { describeLocation, reviewTime } from './describe-change.ts';

export interface ComparisonDocxOptions {
  fontProfile?: FontProfileId;
}

type Face = keyof Pick<FontProfile, 'fangsong' | 'heiti' | 'kaiti' | 'xiaobiaosong'>;

interface RunStyle {
  face: Face;
  size: number;
  mark?: WordChange['kind'];
}

const chineseNumbers = ['一', '二', '三'];

class ComparisonWriter {
  constructor(private readonly fonts: FontProfile) {}

  run(text: string, style: RunStyle): string {
    const clean = stripXmlInvalid(text);
    if (!clean) return '';
    // 3号 text is narrowed to 98 % like the body of every export, so a line holds 28 characters.
    const scale = style.size === gbt9704.size.body ? `<w:w w:val="${gbt9704.bodyCharacterScale}"/>` : '';
    const mark = style.mark === 'deleted' ? '<w:strike/>' : style.mark === 'inserted' ? '<w:u w:val="single"/>' : '';
    const content = clean
      .split('\n')
      .map((line) => `<w:t xml:space="preserve">${escapeXml(line)}</w:t>`)
      .join('<w:br/>');
    return `<w:r><w:rPr>${runFontsXml(this.fonts[style.face], this.fonts.latin)}${mark}<w:color w:val="${gbt9704.colour.text}"/>${scale}<w:sz w:val="${style.size}"/><w:szCs w:val="${style.size}"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>${content}</w:r>`;
  }

  paragraph(runs: string, options: { align?: 'left' | 'center' | 'both'; firstLine?: number; keepNext?: boolean } = {}): string {
    const firstLine = options.firstLine ?? 0;
    return (
      `<w:p><w:pPr>${options.keepNext ? '<w:keepNext/>' : ''}${exactSpacingXml(gbt9704.linePitch)}` +
      `<w:ind w:left="0" w:right="0" w:firstLine="${firstLine}" w:firstLineChars="${Math.round((firstLine / gbt9704.char.body) * 100)}"/><w:jc w:val="${options.align ?? 'both'}"/></w:pPr>${runs}</w:p>`
    );
  }

  cell(width: number, paragraphs: string, span = 1): string {
    return `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}<w:vAlign w:val="top"/></w:tcPr>${paragraphs}</w:tc>`;
  }

  /** One cell's wording: the changes of one side only, each run marked. */
  wording(changes: readonly WordChange[], side: 'before' | 'after'): string {
    const hidden = side === 'before' ? 'inserted' : 'deleted';
    const runs = changes
      .filter((c) => c.kind !== hidden)
      .map((c) => this.run(c.text, { face: 'fangsong', size: gbt9704.size.table, mark: c.kind }))
      .join('');
    return this.paragraph(runs || this.run(side === 'before' ? '（新增段落）' : '（整段删除）', { face: 'kaiti', size: gbt9704.size.table }));
  }

  table(rows: readonly ComparisonRow[], names: { before: string; after: string }): string {
    const half = Math.floor(textBlockWidth / 2);
    const widths = [half, textBlockWidth - half];
    const rule = `w:val="single" w:color="${gbt9704.colour.text}" w:sz="${gbt9704.tableRule}"`;
    const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => `<w:${side} ${rule}/>`).join('');
    const header = (text: string, note: string) =>
      this.paragraph(this.run(text, { face: 'heiti', size: gbt9704.size.table }), { align: 'center' }) + this.paragraph(this.run(note, { face: 'kaiti', size: gbt9704.size.table }), { align: 'center' });
    let xml =
      `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${textBlockWidth}"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
      `<w:tblCellMar><w:top w:type="dxa" w:w="0"/><w:left w:type="dxa" w:w="108"/><w:bottom w:type="dxa" w:w="0"/><w:right w:type="dxa" w:w="108"/></w:tblCellMar></w:tblPr>` +
      `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
      `<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>${this.cell(widths[0]!, header('原文', names.before))}${this.cell(widths[1]!, header('修改后', names.after))}</w:tr>`;
    rows.forEach((row, i) => {
      const where = `${i + 1}. ${row.section}　${row.added ? (row.paragraph === 0 ? '开头新增' : `第 ${row.paragraph} 段之后新增`) : `第 ${row.paragraph} 段`}`;
      const label = this.paragraph(this.run(where, { face: 'heiti', size: gbt9704.size.table }), { align: 'left', keepNext: true });
      const changes = diffWords(row.before, row.after);
      xml += `<w:tr><w:trPr><w:cantSplit/></w:trPr>${this.cell(textBlockWidth, label, 2)}</w:tr>`;
      xml += `<w:tr>${this.cell(widths[0]!, this.wording(changes, 'before'))}${this.cell(widths[1]!, this.wording(changes, 'after'))}</w:tr>`;
    });
    return `${xml}</w:tbl>`;
  }
}

function body(writer: ComparisonWriter, comparison: Comparison): string[] {
  const text = (value: string) => writer.run(value, { face: 'fangsong', size: gbt9704.size.body });
  const heading = (index: number, value: string) => writer.paragraph(writer.run(`${chineseNumbers[index]}、${value}`, { face: 'heiti', size: gbt9704.size.body }), { firstLine: gbt9704.indent.firstLineTwips, keepNext: true });
  const indented = (value: string) => writer.paragraph(text(value), { firstLine: gbt9704.indent.firstLineTwips });
  const { rows, comments } = comparison;
  const out = [
    ...splitTitle(`${comparison.title}\n修改对照`).map((line) => writer.paragraph(writer.run(line, { face: 'xiaobiaosong', size: gbt9704.size.title }), { align: 'center', keepNext: true })),
    writer.paragraph(''),
    indented(
      `原文为${comparison.beforeName}，修改后为${comparison.afterName}。共 ${rows.length} 处文字修改${comments.length > 0 ? `、${comments.length} 条批注` : ''}。原文中删去的文字加删除线，修改后增加的文字加下划线。`,
    ),
    ...comparison.notes.map(indented),
  ];
  let section = 0;
  if (rows.length > 0) {
    out.push(heading(section++, '文字修改'), writer.table(rows, { before: comparison.beforeName, after: comparison.afterName }));
  }
  if (comments.length > 0) {
    out.push(heading(section++, '批注'));
    comments.forEach((comment, i) => {
      const who = [comment.author, comment.date ? reviewTime(comment.date) : null].filter(Boolean).join(' ');
      const on = comment.before ? `，批注于“${comment.before}”` : '';
      out.push(indented(`${i + 1}. ${describeLocation(comment.location)}${on}${who ? `（${who}）` : ''}：${comment.text}`));
    });
  }
  if (rows.length === 0 && comments.length === 0) out.push(indented('两稿文字相同，没有批注。'));
  // Word wants a paragraph after a closing table.
  out.push(writer.paragraph(''));
  return out;
}

export function writeComparisonDocx(comparison: Comparison, options: ComparisonDocxOptions = {}): Uint8Array {
  const fonts = fontProfiles[options.fontProfile ?? 'classic'];
  const writer = new ComparisonWriter(fonts);
  return zipPackage({
    title: `${comparison.title}修改对照`,
    creator: '公文工作台',
    fonts,
    sections: [{ margin: gbt9704.margin, titlePage: false, nextPage: false, headers: {}, footers: pageNumberFooters(fonts), children: body(writer, comparison) }],
  });
}
