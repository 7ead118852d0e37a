import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../cli-error.ts';
import { findSoffice } from '../../host/pdf/docx-to-pdf.ts';
import { runBatchCommand } from './batch.ts';

const soffice = await findSoffice();

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'gongwen-cli-batch-'));
  const csv = (rows: string[][]) => `${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;
  // A ledger exported by Excel on a Chinese Windows: GBK, and the unit column named differently.
  const ledger = [
    ['责任单位', '问题类别', '问题描述', '整改要求', '整改时限'],
    ['示范县水利局', '落实全面从严治党战略部署方面', '工程项目变更审批不规范。', '完善变更审批制度。', '2025年3月31日前'],
    ['示范县水利局', '落实全面从严治党战略部署方面', '河道采砂监管存在漏洞。', '建立巡查台账。', '2025年2月28日前'],
    ['示范县卫健委', '落实新时代党的组织路线方面', '干部轮岗交流制度执行不到位。', '制定轮岗计划。', '2025年4月30日前'],
  ];
  await writeFile(path.join(folder, '问题台账.csv'), iconv.encode(csv(ledger), 'gbk'));
  await writeFile(path.join(folder, '问题台账-缺单位.csv'), iconv.encode(csv([...ledger, ['', '其他', '无主问题。', '', '']]), 'gbk'));
  const directory = [
    ['单位全称', '称谓', '党组织全称'],
    ['示范县水利局', '你局', '中共示范县水利局党组'],
    ['示范县卫健委', '你委', '中共示范县卫生健康委员会党组'],
  ];
  await writeFile(path.join(folder, '单位名录.csv'), csv(directory));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

const common = () => [
  '--template',
  'wenti-zhenggai-tongzhishu',
  '--units',
  path.join(folder, '单位名录.csv'),
  '--group-by',
  '责任单位',
  '--set',
  '事项=工程建设管理',
  '--set',
  '检查事项=工程建设项目管理',
  '--set',
  '检查时间=2024年11月',
  '--set',
  '联系人=陈某',
  '--set',
  '联系电话=0000-1234567',
  '--today',
  '2024-12-05',
  '--workspace',
  path.join(folder, 'workspace'),
  '--by',
  '测试员',
];

describe('gongwen batch', () => {
  it('previews the groups of a GBK ledger grouped by the column the writer names', async () => {
    const lines: string[] = [];
    const code = await runBatchCommand([...common(), '--data', path.join(folder, '问题台账.csv'), '--preview'], (line) => lines.push(line), folder);
    expect(code).toBe(0);
    expect(lines).toContain('按“被巡察单位”分组：2 个单位');
    expect(lines).toContain('  示范县水利局：2 条（台账第 2、3 行）');
  });

  it('stops before writing when a row names no unit, naming the row', async () => {
    const lines: string[] = [];
    const out = path.join(folder, 'refused');
    await expect(runBatchCommand([...common(), '--data', path.join(folder, '问题台账-缺单位.csv'), '-o', out], (line) => lines.push(line), folder)).rejects.toThrow(CliError);
    expect(lines.join('\n')).toMatch(/第 5 行的“被巡察单位”为空/);
    await expect(readdir(out)).rejects.toThrow();
  });

  it('writes the notices, receipts, combined file and report, and refuses to overwrite them', async () => {
    const lines: string[] = [];
    const out = path.join(folder, 'out');
    expect(await runBatchCommand([...common(), '--data', path.join(folder, '问题台账.csv'), '-o', out], (line) => lines.push(line), folder)).toBe(0);
    expect(lines.join('\n')).toContain('文号：某纪三室整改〔2024〕1号 至 某纪三室整改〔2024〕2号；已记入发文登记簿');
    expect((await readdir(out)).sort()).toEqual(
      [
        '01 示范县水利局 工程建设管理问题整改通知书.docx',
        '01 示范县水利局 送达回证.docx',
        '02 示范县卫健委 工程建设管理问题整改通知书.docx',
        '02 示范县卫健委 送达回证.docx',
        '合并打印 问题整改通知书.docx',
        '差异报告 问题整改通知书.xlsx',
      ].sort(),
    );
    await expect(runBatchCommand([...common(), '--data', path.join(folder, '问题台账.csv'), '-o', out], () => undefined, folder)).rejects.toThrow(/已有同名文件/);
  });

  it('refuses --pdf in Chinese when LibreOffice cannot be found, writing nothing', async () => {
    const out = path.join(folder, 'no-soffice');
    const saved = process.env.GONGWEN_SOFFICE;
    process.env.GONGWEN_SOFFICE = path.join(folder, '没有这个程序');
    try {
      await expect(runBatchCommand([...common(), '--data', path.join(folder, '问题台账.csv'), '-o', out, '--pdf'], () => undefined, folder)).rejects.toThrow(/未找到 LibreOffice/);
    } finally {
      if (saved === undefined) delete process.env.GONGWEN_SOFFICE;
      else process.env.GONGWEN_SOFFICE = saved;
    }
    await expect(readdir(out)).rejects.toThrow();
  });

  it.skipIf(soffice === null)(
    '--pdf also writes the combined print file as PDF',
    async () => {
      const lines: string[] = [];
      const out = path.join(folder, 'with-pdf');
      expect(await runBatchCommand([...common(), '--data', path.join(folder, '问题台账.csv'), '-o', out, '--pdf'], (line) => lines.push(line), folder)).toBe(0);
      expect(lines).toContain('合并 PDF：合并打印 问题整改通知书.pdf');
      expect((await readFile(path.join(out, '合并打印 问题整改通知书.pdf'))).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    },
    120_000,
  );
});
