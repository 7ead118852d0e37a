/** The variance report as an .xlsx: the reviewer's checklist, one row per notice. */
import * as XLSX from '@e965/xlsx';
import { varianceHeaders, varianceTable, type VarianceRow } from '../../core/batch/variance-report.ts';

const widths: Record<(typeof varianceHeaders)[number], number> = {
  序号: 6,
  单位: 24,
  主送机关: 28,
  文号: 22,
  问题数: 8,
  台账行: 16,
  可选段落及原因: 60,
  '整改（回复）期限': 18,
  输出文件: 40,
  提示: 40,
};

export function varianceWorkbook(templateName: string, rows: readonly VarianceRow[]): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet(varianceTable(rows));
  sheet['!cols'] = varianceHeaders.map((header) => ({ wch: widths[header] }));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '差异报告');
  book.Props = { Title: `${templateName} 批量生成差异报告` };
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}
