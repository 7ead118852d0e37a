/**
 * TypesetParagraph/TypesetTable → WordprocessingML strings, property for property, in the
 * element order the schema (and Word) wants. Written directly rather than through an object
 * model: a batch writes hundreds of documents and building, then serialising, a tree per
 * run cost more than laying the pages out.
 */
import { gbt9704 } from '../layout/gbt9704.ts';
import type { ParagraphBorder, TypesetDocument, TypesetParagraph, TypesetRun, TypesetTable, TypesetTableBorder } from '../typeset/typeset.ts';
import { runFontsXml } from './runs.ts';
import { exactSpacingXml, styleIdFor } from './styles.ts';
import { escapeXml } from './xml-escape.ts';

type Fonts = TypesetDocument['fonts'];

/** OOXML measures are integers; fractional twips are cut as Word's reader would. */
const int = Math.floor;

const alignment = { left: 'left', center: 'center', right: 'right', both: 'both', distribute: 'distribute' } as const;

const colour = (c: 'black' | 'red') => (c === 'red' ? gbt9704.colour.red : gbt9704.colour.text);

const onOff = (name: string, on: boolean) => (on ? `<w:${name}/>` : `<w:${name} w:val="false"/>`);

function runPropertiesXml(r: TypesetRun, fonts: Fonts): string {
  return (
    '<w:rPr>' +
    runFontsXml(fonts[r.font], r.font === 'songti' ? fonts.songti : fonts.latin) +
    (r.bold ? '<w:b/><w:bCs/>' : '') +
    `<w:color w:val="${colour(r.color)}"/>` +
    (r.characterSpacing ? `<w:spacing w:val="${int(r.characterSpacing)}"/>` : '') +
    (r.scale !== undefined && r.scale !== 100 ? `<w:w w:val="${r.scale}"/>` : '') +
    `<w:sz w:val="${int(r.size)}"/>` +
    (r.size ? `<w:szCs w:val="${int(r.size)}"/>` : '') +
    '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>'
  );
}

function runXml(r: TypesetRun, fonts: Fonts): string {
  const properties = runPropertiesXml(r, fonts);
  if (r.lineBreak) return `<w:r>${properties}<w:br/></w:r>`;
  const content = r.text
    .split('\t')
    .map((part) => (part ? `<w:t xml:space="preserve">${escapeXml(part)}</w:t>` : ''))
    .join('<w:tab/>');
  return `<w:r>${properties}${content}</w:r>`;
}

const borderStyle = { single: 'single', thickThin: 'thickThinSmallGap', thinThick: 'thinThickSmallGap' } as const;

const paragraphBorderXml = (side: 'top' | 'bottom', b: ParagraphBorder) =>
  `<w:${side} w:val="${borderStyle[b.style ?? 'single']}" w:color="${colour(b.color)}" w:sz="${int(b.size)}" w:space="${int(b.space)}"/>`;

/** `extra` goes last inside w:pPr: the sectPr of a paragraph that ends a section. */
export function paragraphXml(p: TypesetParagraph, fonts: Fonts, extra = ''): string {
  const style = styleIdFor(p.role);
  const firstLine = p.indent.firstLine;
  const indentTail =
    firstLine >= 0 ? ` w:firstLine="${int(firstLine)}" w:firstLineChars="${int(Math.round((firstLine / gbt9704.char.body) * 100))}"` : ` w:hanging="${int(-firstLine)}"`;
  let xml = '<w:p><w:pPr>';
  if (style) xml += `<w:pStyle w:val="${style}"/>`;
  xml += onOff('keepNext', p.keepNext);
  if (p.pageBreakBefore) xml += '<w:pageBreakBefore/>';
  if (p.borderTop || p.borderBottom)
    xml += `<w:pBdr>${p.borderTop ? paragraphBorderXml('top', p.borderTop) : ''}${p.borderBottom ? paragraphBorderXml('bottom', p.borderBottom) : ''}</w:pBdr>`;
  if (p.tabs.length > 0) xml += `<w:tabs>${p.tabs.map((t) => `<w:tab w:val="${t.kind}" w:pos="${int(t.position)}"/>`).join('')}</w:tabs>`;
  xml += exactSpacingXml(p.lineHeight);
  xml += `<w:ind w:left="${int(p.indent.left)}" w:right="${int(p.indent.right)}"${indentTail}/>`;
  xml += `<w:jc w:val="${alignment[p.align]}"/>${extra}</w:pPr>`;
  for (const r of p.runs) xml += runXml(r, fonts);
  return `${xml}</w:p>`;
}

function tableBorderXml(side: string, b: TypesetTableBorder | null | undefined): string {
  return b ? `<w:${side} w:val="single" w:color="${colour(b.color ?? 'black')}" w:sz="${int(b.size)}"/>` : `<w:${side} w:val="none" w:color="auto" w:sz="0"/>`;
}

const widthXml = (name: string, twips: number) => `<w:${name} w:type="dxa" w:w="${int(twips)}"/>`;

/** Wraps a written paragraph, e.g. in a review anchor; by default leaves it alone. */
export type MarkParagraph = (source: string | null, xml: string) => string;
const unmarked: MarkParagraph = (_source, xml) => xml;

export function tableXml(t: TypesetTable, fonts: Fonts, mark: MarkParagraph = unmarked): string {
  const width = t.columnWidths.reduce((sum, w) => sum + w, 0);
  const side = t.role === 'bodyTable' ? 108 : 0;
  const b = t.borders;
  let xml =
    `<w:tbl><w:tblPr>${widthXml('tblW', width)}<w:tblBorders>` +
    tableBorderXml('top', b.top) +
    tableBorderXml('left', b.left) +
    tableBorderXml('bottom', b.bottom) +
    tableBorderXml('right', b.right) +
    tableBorderXml('insideH', b.insideH) +
    tableBorderXml('insideV', b.insideV) +
    `</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar>${widthXml('top', 0)}${widthXml('left', side)}${widthXml('bottom', 0)}${widthXml('right', side)}</w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${t.columnWidths.map((w) => `<w:gridCol w:w="${int(w)}"/>`).join('')}</w:tblGrid>`;
  for (const row of t.rows) {
    // Word drops a row without cells; so did the docx object model we matched.
    if (row.cells.length === 0) continue;
    xml += `<w:tr><w:trPr>${row.cantSplit ? '<w:cantSplit/>' : '<w:cantSplit w:val="off"/>'}${row.header ? '<w:tblHeader/>' : '<w:tblHeader w:val="off"/>'}`;
    if (row.height) xml += `<w:trHeight w:val="${int(row.height)}" w:hRule="exact"/>`;
    xml += '</w:trPr>';
    for (const cell of row.cells) {
      xml += `<w:tc><w:tcPr>${widthXml('tcW', cell.width)}`;
      if (cell.colSpan > 1) xml += `<w:gridSpan w:val="${cell.colSpan}"/>`;
      if (cell.verticalMerge) xml += `<w:vMerge w:val="${cell.verticalMerge}"/>`;
      if (cell.borderBottom) xml += `<w:tcBorders>${tableBorderXml('bottom', cell.borderBottom)}</w:tcBorders>`;
      xml += '<w:vAlign w:val="center"/></w:tcPr>';
      // A cell must end with a paragraph.
      xml += cell.paragraphs.length > 0 ? cell.paragraphs.map((p) => mark(p.source, paragraphXml(p, fonts))).join('') : '<w:p/>';
      xml += '</w:tc>';
    }
    xml += '</w:tr>';
  }
  return `${xml}</w:tbl>`;
}
