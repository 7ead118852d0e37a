import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeLedgerFixtures } from '../../tests/fixtures/data/generate-ledger-fixtures.ts';
import { CliError } from '../cli-error.ts';
import { runData } from './data.ts';

let folder = '';

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'gongwen-data-cli-'));
  await writeLedgerFixtures(folder);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runData(argv, (line) => lines.push(line));
  return { code, lines };
}

async function failure(...argv: string[]): Promise<CliError> {
  const error: unknown = await run(...argv).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (error instanceof CliError) return error;
  throw new Error(`expected a CliError, got ${String(error)}`);
}

describe('gongwen data inspect', () => {
  it('prints encoding, sheets with the hidden one marked, header rows and typed columns', async () => {
    const { code, lines } = await run('inspect', path.join(folder, '案件台账.xls'));
    expect(code).toBe(0);
    expect(lines).toEqual([
      '文件：案件台账.xls',
      '编码：Excel 工作簿',
      '工作表：填报说明（隐藏）、案件台账（已读取）、统计',
      '表头：第 2–3 行（2 行）',
      '数据：3 行（第 4–6 行）',
      '列（6）：',
      '  1. 序号 — 数字，3 个值：1、2、3',
      '  2. 被审查人 — 文本，3 个值：张三、李四𠀀、王五',
      '  3. 处分情况/党纪处分 — 文本，2 个值：警告、严重警告',
      '  4. 处分情况/政务处分 — 文本，2 个值：记过、撤职',
      '  5. 立案日期 — 日期，3 个值：2024-03-05',
      '  6. 涉案金额（元） — 金额，3 个值：12000、3500.5、800',
      '提示：表头之前的第 1 行视为标题，已跳过',
      '提示：已跳过隐藏的工作表：“填报说明”（可用 --sheet 指定）',
    ]);
  });

  it('prints the same as JSON, and reads a named sheet', async () => {
    const { lines } = await run('inspect', path.join(folder, '案件台账-GBK.csv'), '--json');
    const json = JSON.parse(lines.join('\n')) as { source: { encoding: string; sheet: null }; headerRows: number; dataRows: number; columns: { name: string; type: string }[] };
    expect(json.source).toMatchObject({ encoding: 'GB18030', sheet: null });
    expect([json.headerRows, json.dataRows]).toEqual([2, 3]);
    expect(json.columns.map((c) => c.type)).toEqual(['number', 'text', 'text', 'text', 'date', 'money']);
    const named = await run('inspect', path.join(folder, '案件台账.xlsx'), '--sheet', '统计');
    expect(named.lines).toContain('工作表：填报说明（隐藏）、案件台账、统计（已读取）');
  });

  it('shows a preview and the encodings to choose from when the encoding is unknown', async () => {
    const error = await failure('inspect', path.join(folder, '繁体-Big5.csv'));
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(/^文件“繁体-Big5\.csv”：无法识别编码/);
    expect(error.message).toContain('用 --encoding 指定编码（UTF-8、GB18030、UTF-16LE、UTF-16BE、Big5）');
    const { lines } = await run('inspect', path.join(folder, '繁体-Big5.csv'), '--encoding', 'Big5');
    expect(lines).toContain('编码：Big5');
  });

  it('turns bad input into a Chinese message naming the place', async () => {
    expect((await failure('inspect', path.join(folder, '引号不成对.csv'))).message).toBe('文件“引号不成对.csv”第 1203 行第 4 列：引号不成对：此处以引号开始的内容一直没有结束引号');
  });

  it('rejects wrong usage with exit code 2', async () => {
    expect((await failure('list')).exitCode).toBe(2);
    expect((await failure('inspect')).exitCode).toBe(2);
    expect((await failure('inspect', 'a.csv', '--encoding', 'latin1')).message).toBe('不支持的编码“latin1”，可选：auto、UTF-8、GB18030、UTF-16LE、UTF-16BE、Big5');
  });
});
