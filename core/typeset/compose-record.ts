/**
 * 版记 (§7.4): a table as wide as the 版心 with thick first and last rules and thin ones
 * between; 抄送 and 印发机关/印发日期 in 4号仿宋, 左右各空一字. A 主送 that would leave the
 * first page without body text moves here, above the 抄送 with no rule between them.
 */
import { formatArabicDate } from '../format/chinese-date.ts';
import { gbt9704, textBlockWidth } from '../layout/gbt9704.ts';
import { textWidth } from '../layout/text-width.ts';
import type { GongwenDocument } from '../model/document.ts';
import { paragraph, run } from './build.ts';
import { addresseeText } from './compose-title.ts';
import type { TypesetCell, TypesetParagraph, TypesetTable } from './typeset.ts';

const size = gbt9704.size.record;
const inset = gbt9704.char.small;

function labelled(role: 'recordAddressee' | 'recordCc', label: string, names: string, source: string): TypesetParagraph {
  const labelWidth = Math.round(textWidth(label, size * 10));
  return paragraph(role, [run(`${label}${names}`, { size })], { indent: { left: inset + labelWidth, right: inset, firstLine: -labelWidth }, source });
}

export function composeRecord(document: GongwenDocument, addresseeMoved: boolean): TypesetTable | null {
  if (document.form === 'plain') return null;
  // 信函式: the 版记 keeps only 抄送, without rules and without 印发机关/日期 (§10.1).
  const letter = document.form === 'letter';
  const record = document.record;
  const cc = record.cc.map((name) => name.trim()).filter(Boolean);
  const addressee = addresseeMoved ? addresseeText(document).replace(/：$/, '') : '';
  const printer = letter ? '' : (record.printer?.trim() ?? '');
  const printDate = !letter && record.printDate ? `${formatArabicDate(record.printDate)}印发` : '';
  if (!addressee && cc.length === 0 && !printer && !printDate) return null;

  const cell = (paragraphs: TypesetParagraph[]): TypesetCell => ({ paragraphs, width: textBlockWidth, colSpan: 1, verticalMerge: null });
  const rows: TypesetTable['rows'] = [];
  const top: TypesetParagraph[] = [];
  if (addressee) top.push(labelled('recordAddressee', '主送：', addressee, 'addressees'));
  if (cc.length > 0) top.push(labelled('recordCc', '抄送：', `${cc.join('，').replace(/[。.]$/, '')}。`, 'record.cc'));
  if (top.length > 0) rows.push({ cells: [cell(top)], header: false, height: null, cantSplit: true });
  if (printer || printDate) {
    rows.push({
      cells: [cell([paragraph('recordPrinter', [run(printer, { size }), run('\t', { size }), run(printDate, { size })], { align: 'left', indent: { left: inset, right: inset, firstLine: 0 }, tabs: [{ kind: 'right', position: textBlockWidth - inset }], source: 'record.printer' })])],
      header: false,
      height: null,
      cantSplit: true,
    });
  }
  const thick = { size: gbt9704.recordRule.thick };
  const thin = { size: gbt9704.recordRule.thin };
  const borders = letter
    ? { top: null, bottom: null, insideH: null, insideV: null, left: null, right: null }
    : { top: thick, bottom: thick, insideH: thin, insideV: null, left: null, right: null };
  return { kind: 'table', role: 'record', columnWidths: [textBlockWidth], rows, borders, source: 'record' };
}
