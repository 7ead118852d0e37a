/**
 * The variance report of a batch: one row per notice — unit, 文号, how many problems, which
 * optional paragraphs were printed and why, the deadline and the file — so a reviewer checks
 * thirty notices in two minutes instead of opening thirty files.
 */
import type { NoticeDecision } from './unit-notice.ts';

export interface VarianceRow {
  unit: string;
  /** The 主送 name the notice prints. */
  addressee: string;
  documentNumber: string;
  problems: number;
  /** Ledger rows (file row numbers) the notice's problems came from. */
  rows: number[];
  decisions: NoticeDecision[];
  deadline: string;
  file: string;
  /** Unfilled fields and other merge messages for this notice. */
  issues: string[];
}

export const varianceHeaders = ['序号', '单位', '主送机关', '文号', '问题数', '台账行', '可选段落及原因', '整改（回复）期限', '输出文件', '提示'] as const;

const rowsText = (rows: readonly number[]) => (rows.length > 30 ? `${rows.slice(0, 30).join('、')} 等 ${rows.length} 行` : rows.join('、'));

export function decisionsText(decisions: readonly NoticeDecision[]): string {
  if (decisions.length === 0) return '无可选段落';
  return decisions.map((d) => `${d.section}：${d.included ? '已写入' : '未写入'}（${d.reason}）`).join('；');
}

/** The report as rows of text, header first, for the screen and the .xlsx alike. */
export function varianceTable(rows: readonly VarianceRow[]): string[][] {
  return [
    [...varianceHeaders],
    ...rows.map((row, i) => [
      String(i + 1),
      row.unit,
      row.addressee,
      row.documentNumber,
      String(row.problems),
      rowsText(row.rows),
      decisionsText(row.decisions),
      row.deadline,
      row.file,
      row.issues.join('；'),
    ]),
  ];
}
