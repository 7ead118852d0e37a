/**
 * 版头 (§7.2): 份号, 密级, 紧急程度, the red 发文机关标志 35 mm below the 版心 top, the
 * 发文字号 (with 签发人 for 上行文) and the red separator under it.
 */
import { gbt9704, textBlockWidth } from '../layout/gbt9704.ts';
import { textWidth } from '../layout/text-width.ts';
import type { GongwenDocument, Header } from '../model/document.ts';
import { blankLines, paragraph, run } from './build.ts';
import type { TypesetDocument, TypesetItem, TypesetParagraph, TypesetTable } from './typeset.ts';

const separatorBorder = { color: 'red' as const, size: gbt9704.separator.size, space: gbt9704.separator.space };

/** The lines above the mark, in the order the standard stacks them. */
function topLeftLines(header: Header): TypesetParagraph[] {
  const lines: TypesetParagraph[] = [];
  if (header.copyNumber) lines.push(paragraph('copyNumber', [run(header.copyNumber)], { align: 'left', source: 'header.copyNumber' }));
  if (header.secrecy) {
    if (!header.copyNumber) lines.push(paragraph('blank', []));
    const term = header.secrecy.term ? `★${header.secrecy.term}` : '';
    lines.push(paragraph('secrecy', [run(`${header.secrecy.level}${term}`, { font: 'heiti' })], { align: 'left', source: 'header.secrecy' }));
  }
  if (header.urgency) lines.push(paragraph('urgency', [run(header.urgency, { font: 'heiti' })], { align: 'left', source: 'header.urgency' }));
  return lines;
}

/** The largest 小标宋 size (half-points) at which the longest mark line still fits the 版心 on one line. */
export function markSize(lines: readonly string[]): number {
  const { maxSize, minSize, sizeStep } = gbt9704.mark;
  for (let size = maxSize; size > minSize; size -= sizeStep) {
    if (lines.every((line) => textWidth(line, size * 10) <= textBlockWidth)) return size;
  }
  return minSize;
}

function markItems(header: Header): TypesetItem[] {
  const organs = header.organs.map((organ) => organ.trim()).filter(Boolean);
  if (organs.length === 0) return [];
  const suffix = header.markSuffix;
  if (organs.length === 1 || !suffix) {
    const lines = organs.length === 1 ? [`${organs[0]}${suffix}`] : organs;
    const size = markSize(lines);
    return lines.map((line) => paragraph('mark', [run(line, { font: 'xiaobiaosong', size, color: 'red' })], { align: 'center', lineHeight: size * 10, source: 'header.organs' }));
  }
  return [jointMark(organs, suffix)];
}

/** Joint organs stacked on the left, the suffix (文件/纪要) centred vertically beside them (§7.2.4). */
function jointMark(organs: string[], suffix: string): TypesetTable {
  const size = markSize(organs.map((organ) => `${organ}${suffix}`));
  const suffixWidth = Math.round(textWidth(suffix, size * 10));
  const organWidth = textBlockWidth - suffixWidth;
  const organParagraphs = organs.map((organ) => paragraph('mark', [run(organ, { font: 'xiaobiaosong', size, color: 'red' })], { align: 'distribute', lineHeight: size * 10, source: 'header.organs' }));
  const suffixParagraph = paragraph('mark', [run(suffix, { font: 'xiaobiaosong', size, color: 'red' })], { align: 'center', lineHeight: size * 10, source: 'header.markSuffix' });
  return {
    kind: 'table',
    role: 'jointMark',
    columnWidths: [organWidth, suffixWidth],
    rows: [{ cells: [{ paragraphs: organParagraphs, width: organWidth, colSpan: 1, verticalMerge: null }, { paragraphs: [suffixParagraph], width: suffixWidth, colSpan: 1, verticalMerge: null }], header: false, height: null, cantSplit: true }],
    borders: { top: null, bottom: null, insideH: null, insideV: null, left: null, right: null },
    source: 'header.organs',
  };
}

/** Height of the spacer that puts the mark's top edge 35 mm below the 版心 top. */
function markSpacer(linesAbove: number): TypesetParagraph {
  const height = Math.max(gbt9704.mark.offsetFromTextTop - linesAbove * gbt9704.linePitch, 20);
  return paragraph('markSpacer', [], { lineHeight: height });
}

/** 文号 centred, or — for 上行文 — left with the 签发人 on the right, two names a line (§7.2.5). */
function numberLines(header: Header): TypesetParagraph[] {
  const number = header.documentNumber?.trim() ?? '';
  const signers = header.signers.map((s) => s.trim()).filter(Boolean);
  if (signers.length === 0) {
    return [paragraph('documentNumber', number ? [run(number)] : [], { align: 'center', borderBottom: separatorBorder, source: 'header.documentNumber' })];
  }
  const inset = gbt9704.signerInset;
  // The 文号's one-character inset is a tab stop, not a paragraph indent: an indent would shorten the red rule under it.
  const tabs = [
    { kind: 'left' as const, position: inset },
    { kind: 'right' as const, position: textBlockWidth - inset },
  ];
  const pairs: string[][] = [];
  for (let i = 0; i < signers.length; i += 2) pairs.push(signers.slice(i, i + 2));
  return pairs.map((pair, index) => {
    const last = index === pairs.length - 1;
    const label = index === 0 ? [run('签发人：')] : [];
    const names = [run(pair.join('　'), { font: 'kaiti' })];
    const lead = last && number ? [run('\t'), run(number)] : [run('\t')];
    return paragraph('documentNumber', [...lead, run('\t'), ...label, ...names], {
      align: 'left',
      tabs,
      borderBottom: last ? separatorBorder : null,
      source: last ? 'header.documentNumber' : 'header.signers',
    });
  });
}

/**
 * The red separator with a ★ in its middle (house variant): two borderless rows as tall as
 * the plain rule's gap, the outer cells of the first carrying the rule, the middle cell
 * spanning both so the ★ sits centred on the line.
 */
function starSeparator(numberLine: TypesetParagraph): TypesetItem[] {
  const star = gbt9704.separator.starCellWidth;
  const side = Math.floor((textBlockWidth - star) / 2);
  const otherSide = textBlockWidth - side - star;
  const gap = gbt9704.separator.space * 20;
  const rule = { size: gbt9704.separator.size, color: 'red' as const };
  const empty = () => [paragraph('blank', [], { lineHeight: gap })];
  const starParagraph = paragraph('blank', [run('★', { color: 'red' })], { align: 'center', lineHeight: 2 * gap });
  const row = (cells: TypesetTable['rows'][number]['cells']) => ({ cells, header: false, height: gap, cantSplit: true });
  return [
    { ...numberLine, borderBottom: null },
    {
      kind: 'table',
      role: 'separatorStar',
      columnWidths: [side, star, otherSide],
      rows: [
        row([
          { paragraphs: empty(), width: side, colSpan: 1, verticalMerge: null, borderBottom: rule },
          { paragraphs: [starParagraph], width: star, colSpan: 1, verticalMerge: 'restart' },
          { paragraphs: empty(), width: otherSide, colSpan: 1, verticalMerge: null, borderBottom: rule },
        ]),
        row([
          { paragraphs: empty(), width: side, colSpan: 1, verticalMerge: null },
          { paragraphs: empty(), width: star, colSpan: 1, verticalMerge: 'continue' },
          { paragraphs: empty(), width: otherSide, colSpan: 1, verticalMerge: null },
        ]),
      ],
      borders: { top: null, bottom: null, insideH: null, insideV: null, left: null, right: null },
      source: 'header.separatorStar',
    },
  ];
}

/** 信函式 body lines: 份号/密级/紧急 顶格 left, the 文号 顶格 right on the first of them (§10.1). */
function letterLines(header: Header): TypesetParagraph[] {
  const spacer = paragraph('markSpacer', [], { lineHeight: gbt9704.letter.gapBelowRule });
  const lines = topLeftLines(header).filter((line) => line.role !== 'blank');
  const number = header.documentNumber?.trim();
  if (!number) return [spacer, ...lines];
  const numberRuns = [run('\t'), run(number)];
  const tabs = [{ kind: 'right' as const, position: textBlockWidth }];
  const [first, ...rest] = lines;
  const firstLine = first
    ? { ...first, runs: [...first.runs, ...numberRuns], tabs, source: 'header.documentNumber' }
    : paragraph('documentNumber', numberRuns, { align: 'left', tabs, source: 'header.documentNumber' });
  return [spacer, firstLine, ...rest];
}

/** The 信函 first-page header and footer: mark 30 mm from the paper top, red double lines 170 mm wide. */
export function composeLetterhead(document: GongwenDocument): NonNullable<TypesetDocument['letterhead']> | null {
  if (document.form !== 'letter') return null;
  const { headerDistance, footerDistance, lineWidth, ruleSize, ruleSpace } = gbt9704.letter;
  const overhang = -Math.round((lineWidth - textBlockWidth) / 2);
  const indent = { left: overhang, right: overhang, firstLine: 0 };
  const host = document.header.organs.map((o) => o.trim()).find(Boolean) ?? '';
  const size = markSize([host]);
  const rule = (style: 'thickThin' | 'thinThick') => ({ color: 'red' as const, size: ruleSize, space: ruleSpace, style });
  return {
    header: [paragraph('mark', host ? [run(host, { font: 'xiaobiaosong', size, color: 'red' })] : [], { align: 'center', indent, lineHeight: size * 10, borderBottom: rule('thickThin'), source: 'header.organs' })],
    footer: [paragraph('blank', [], { indent, lineHeight: 20, borderTop: rule('thinThick') })],
    headerDistance,
    footerDistance,
  };
}

/** A draft with neither 发文机关 nor 文号 prints no 版头: an empty red head would only be a stray line. */
export function hasHeader(document: GongwenDocument): boolean {
  if (document.form === 'plain') return false;
  return document.header.organs.some((organ) => organ.trim()) || Boolean(document.header.documentNumber?.trim());
}

export function composeHeader(document: GongwenDocument): TypesetItem[] {
  if (!hasHeader(document)) return [];
  if (document.form === 'letter') return letterLines(document.header);
  const header = document.header;
  const above = topLeftLines(header);
  const mark = markItems(header);
  const numbers = numberLines(header);
  const last = numbers[numbers.length - 1]!;
  const separator = header.separatorStar ? starSeparator(last) : [last];
  return [...above, markSpacer(above.length), ...mark, ...blankLines(gbt9704.blankLinesAfterMark), ...numbers.slice(0, -1), ...separator];
}
