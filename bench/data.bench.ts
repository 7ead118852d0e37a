/**
 * Ledger import end to end (read file, hash, detect, parse in the worker, type the columns):
 * a 100 000-row × 15-column .xlsx (shared strings, compressed, as Excel saves it) and a 100 000-row
 * GBK .csv, generated into a temp folder that is removed when the process exits.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { importDataFile } from '../host/data/import-data-file.ts';
import type { Figure } from './figure.ts';

const rowCount = 100_000;
const header = ['序号', '受理编号', '被反映人', '单位职务', '职级', '问题类型', '处置方式', '承办部门', '立案日期', '结案日期', '涉案金额（元）', '挽回金额（元）', '党纪处分', '政务处分', '备注'];
const units = ['县财政局', '县教育局', '县卫健局', '城关镇', '县住建局', '县农业农村局'];
const ways = ['谈话函询', '初步核实', '暂存待查', '予以了结', '立案'];

function ledgerRow(i: number): (string | number)[] {
  const month = (i % 12) + 1;
  const day = (i % 28) + 1;
  return [
    i + 1,
    `2024-${String(i + 1).padStart(6, '0')}`,
    `干部${i}`,
    `${units[i % units.length]}科员`,
    i % 3 === 0 ? '一级科员' : '四级主任科员',
    i % 2 === 0 ? '违反廉洁纪律' : '违反工作纪律',
    ways[i % ways.length]!,
    `第${(i % 5) + 1}纪检监察室`,
    45_292 + (i % 365),
    `2024.${month}.${day}`,
    (i * 37) % 100_000,
    (i * 13) % 50_000,
    i % 4 === 0 ? '警告' : '',
    i % 5 === 0 ? '记过' : '',
    i % 7 === 0 ? '已移送' : '',
  ];
}

const folder = await mkdtemp(path.join(os.tmpdir(), 'gongwen-data-bench-'));
process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
const rows = Array.from({ length: rowCount }, (_, i) => ledgerRow(i));

const sheet = XLSX.utils.aoa_to_sheet([header, ...rows]);
for (let r = 1; r <= rowCount; r++) {
  const cell = sheet[XLSX.utils.encode_cell({ r, c: 8 })] as XLSX.CellObject;
  cell.z = 'yyyy-mm-dd';
}
const workbook = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(workbook, sheet, '案件台账');
const xlsxFile = path.join(folder, '案件台账.xlsx');
await writeFile(xlsxFile, new Uint8Array(XLSX.write(workbook, { type: 'array', bookType: 'xlsx', compression: true, bookSST: true }) as ArrayBuffer));

const csv = [header, ...rows].map((row) => row.join(',')).join('\r\n');
const csvFile = path.join(folder, '案件台账-GBK.csv');
await writeFile(csvFile, iconv.encode(csv, 'gbk'));

async function importExpecting(file: string): Promise<void> {
  const { table } = await importDataFile(file);
  if (table.rows.length !== rowCount || table.columns.length !== header.length) throw new Error(`${file}: read ${table.rows.length} rows × ${table.columns.length} columns`);
}

const figures: Figure[] = [
  { name: '导入台账：10 万行 × 15 列 .xlsx（含读文件、工作线程）', runs: 3, warmup: 1, goalMs: 6000, run: () => importExpecting(xlsxFile) },
  { name: '导入台账：10 万行 GBK .csv（含读文件、编码识别、工作线程）', runs: 3, warmup: 1, goalMs: 3000, run: () => importExpecting(csvFile) },
];

export default figures;
