/**
 * The 建议书/整改通知书 register as an .xlsx for the follow-up meeting: one row per document
 * with its deadline and status on the day of export, overdue rows marked in the 状态 column.
 */
import * as XLSX from '@e965/xlsx';
import type { IssuedDocument } from './issued-documents.ts';

const headers = ['类别', '文号', '标题', '受文单位', '印发日期', '送达日期', '回复期限', '回复截止日期', '回复日期', '状态', '备注'];

const term = (entry: IssuedDocument): string => `${entry.replyTerm.days}${entry.replyTerm.unit === 'working' ? '个工作日' : '日'}`;

export function issuedDocumentsWorkbook(entries: readonly IssuedDocument[], asOf: string): Uint8Array {
  const rows = entries.map((e) => [
    e.kind,
    e.documentNumber ?? '',
    e.title,
    e.recipient,
    e.issuedDate ?? '',
    e.servedDate ?? '',
    term(e),
    e.replyDueDate ?? '',
    e.replyReceivedDate ?? '',
    e.status === '逾期' ? `逾期（截至 ${asOf}）` : e.status,
    e.note ?? '',
  ]);
  const sheet = XLSX.utils.aoa_to_sheet([headers, ...rows]);
  sheet['!cols'] = headers.map((header) => ({ wch: header === '标题' ? 40 : header === '受文单位' || header === '文号' ? 22 : 14 }));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '发文登记簿');
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}
