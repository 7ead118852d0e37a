/** TypesetParagraph/TypesetTable → docx objects, property for property. */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IBorderOptions,
} from 'docx';
import { gbt9704 } from '../../../core/layout/gbt9704.ts';
import type { ParagraphBorder, TypesetDocument, TypesetParagraph, TypesetRun, TypesetTable, TypesetTableBorder } from '../../../core/typeset/typeset.ts';
import { runFont } from './runs.ts';
import { styleIdFor } from '../../../core/docx/styles.ts';

type Fonts = TypesetDocument['fonts'];

const alignment = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  both: AlignmentType.JUSTIFIED,
  distribute: AlignmentType.DISTRIBUTE,
} as const;

const tabKind = { left: TabStopType.LEFT, center: TabStopType.CENTER, right: TabStopType.RIGHT } as const;

const colour = (c: 'black' | 'red') => (c === 'red' ? gbt9704.colour.red : gbt9704.colour.text);

function textRuns(runs: readonly TypesetRun[], fonts: Fonts): TextRun[] {
  return runs.map((r) => {
    const common = {
      font: runFont(fonts[r.font], r.font === 'songti' ? fonts.songti : fonts.latin),
      size: r.size,
      sizeComplexScript: r.size,
      characterSpacing: r.characterSpacing,
      ...(r.scale !== undefined && r.scale !== 100 ? { scale: r.scale } : {}),
      color: colour(r.color),
      language: { value: 'en-US', eastAsia: 'zh-CN' },
      ...(r.bold ? { bold: true } : {}),
    };
    if (r.lineBreak) return new TextRun({ ...common, break: 1 });
    const parts = r.text.split('\t');
    const children = parts.flatMap((part, i) => (i === 0 ? (part ? [part] : []) : [new Tab(), ...(part ? [part] : [])]));
    return new TextRun({ ...common, children });
  });
}

const borderStyle = { single: BorderStyle.SINGLE, thickThin: BorderStyle.THICK_THIN_SMALL_GAP, thinThick: BorderStyle.THIN_THICK_SMALL_GAP } as const;

function paragraphBorder(b: ParagraphBorder): IBorderOptions {
  return { style: borderStyle[b.style ?? 'single'], size: b.size, space: b.space, color: colour(b.color) };
}

export function toParagraph(p: TypesetParagraph, fonts: Fonts): Paragraph {
  const firstLine = p.indent.firstLine;
  const style = styleIdFor(p.role);
  return new Paragraph({
    ...(style ? { style } : {}),
    alignment: alignment[p.align],
    spacing: { line: p.lineHeight, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
    indent: {
      left: p.indent.left,
      right: p.indent.right,
      ...(firstLine >= 0 ? { firstLine, firstLineChars: Math.round((firstLine / gbt9704.char.body) * 100) } : { hanging: -firstLine }),
    },
    keepNext: p.keepNext,
    pageBreakBefore: p.pageBreakBefore,
    ...(p.tabs.length > 0 ? { tabStops: p.tabs.map((t) => ({ type: tabKind[t.kind], position: t.position })) } : {}),
    ...(p.borderBottom || p.borderTop
      ? { border: { ...(p.borderBottom ? { bottom: paragraphBorder(p.borderBottom) } : {}), ...(p.borderTop ? { top: paragraphBorder(p.borderTop) } : {}) } }
      : {}),
    children: textRuns(p.runs, fonts),
  });
}

function border(b: TypesetTableBorder | null): IBorderOptions {
  return b ? { style: BorderStyle.SINGLE, size: b.size, color: colour(b.color ?? 'black') } : { style: BorderStyle.NONE, size: 0, color: 'auto' };
}

export function toTable(t: TypesetTable, fonts: Fonts): Table {
  const width = t.columnWidths.reduce((sum, w) => sum + w, 0);
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: t.columnWidths,
    layout: TableLayoutType.FIXED,
    margins: { top: 0, bottom: 0, left: t.role === 'bodyTable' ? 108 : 0, right: t.role === 'bodyTable' ? 108 : 0 },
    borders: {
      top: border(t.borders.top),
      bottom: border(t.borders.bottom),
      left: border(t.borders.left),
      right: border(t.borders.right),
      insideHorizontal: border(t.borders.insideH),
      insideVertical: border(t.borders.insideV),
    },
    rows: t.rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header,
          cantSplit: row.cantSplit,
          ...(row.height ? { height: { value: row.height, rule: HeightRule.EXACT } } : {}),
          children: row.cells.map(
            (cell) =>
              new TableCell({
                width: { size: cell.width, type: WidthType.DXA },
                columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
                verticalAlign: VerticalAlignTable.CENTER,
                ...(cell.verticalMerge ? { verticalMerge: cell.verticalMerge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
                ...(cell.borderBottom ? { borders: { bottom: border(cell.borderBottom) } } : {}),
                children: cell.paragraphs.map((p) => toParagraph(p, fonts)),
              }),
          ),
        }),
    ),
  });
}
