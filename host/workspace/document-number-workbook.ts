/**
 * The 文号 register as an .xlsx for the 文书 archive and year-end checks: one row per number,
 * voided ones included, with the who/when/why columns filled for manual and voided entries.
 */
import * as XLSX from '@e965/xlsx';
import { atomicWrite } from '../files/atomic-write.ts';
import type { DocumentNumberEntry } from './document-numbers.ts';

const headers = ['文号', '机关代字', '年份', '顺序号', '标题', '状态', '登记时间', '登记人', '方式', '手工登记原因', '作废时间', '作废人', '作废原因'];

/** Timestamps are stored in UTC; the register is read in 北京时间. */
function beijingTime(iso: string | null): string {
  if (!iso) return '';
  const shifted = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString();
  return `${shifted.slice(0, 10)} ${shifted.slice(11, 16)}`;
}

export function documentNumberWorkbook(entries: readonly DocumentNumberEntry[]): Uint8Array {
  const rows = entries.map((e) => [
    e.number,
    e.prefix,
    e.year,
    e.serial,
    e.title,
    e.voided ? '已作废' : '已使用',
    beijingTime(e.allocatedAt),
    e.allocatedBy,
    e.manual ? '手工登记' : '自动分配',
    e.manualReason ?? '',
    beijingTime(e.voidedAt),
    e.voidedBy ?? '',
    e.voidReason ?? '',
  ]);
  const sheet = XLSX.utils.aoa_to_sheet([headers, ...rows]);
  sheet['!cols'] = headers.map((header) => ({ wch: header === '标题' ? 40 : header === '文号' ? 22 : 14 }));
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '文号登记簿');
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

export async function saveDocumentNumberWorkbook(entries: readonly DocumentNumberEntry[], target: string): Promise<void> {
  await atomicWrite(target, documentNumberWorkbook(entries));
}
