import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { brokenDocumentBytes, brokenDocuments } from '../../tests/fixtures/check/broken-documents.ts';
import { zipParts } from '../../tests/fixtures/check/ooxml-package.ts';
import { wordLikeParts } from '../../tests/fixtures/check/word-like-document.ts';
import { CliError } from '../cli-error.ts';
import { runCheck } from './check.ts';

let dir = '';
const file = (name: string) => path.join(dir, name);

async function check(argv: string[]) {
  const lines: string[] = [];
  const code = await runCheck(argv, (line) => lines.push(line));
  return { code, output: lines.join('\n') };
}

async function usageError(argv: string[]): Promise<CliError> {
  const error = await runCheck(argv, () => undefined).then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof CliError)) throw new Error(`expected a CliError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'gongwen-check-'));
  await writeFile(file('正确.docx'), zipParts(wordLikeParts()));
  const broken = brokenDocuments.find((b) => b.rule === 'document-number')!;
  await writeFile(file('文号错误.docx'), brokenDocumentBytes(broken));
  await writeFile(file('说明.txt'), '这不是 Word 文件');
  await writeFile(file('留有空缺.docx'), brokenDocumentBytes(brokenDocuments.find((b) => b.rule === 'gap')!));
});

describe('gongwen check', () => {
  it('exits 0 and says so when nothing is wrong', async () => {
    const { code, output } = await check([file('正确.docx')]);
    expect(code).toBe(0);
    expect(output).toContain('未发现');
  });

  it('prints one line per finding with severity, paragraph, excerpt and message, and exits 1 on an error', async () => {
    const { code, output } = await check([file('文号错误.docx')]);
    expect(code).toBe(1);
    expect(output).toMatch(/^错误 {2}第 8 段“某纪发\[2024\]5号”：发文字号“某纪发\[2024\]5号”：年份用了“\[”，应为六角括号〔〕〔document-number〕$/m);
    expect(output).toMatch(/1 个错误，0 个警告，0 个提示。$/);
  });

  it('reports the gaps left in a Word-made .docx as an error with their paragraph', async () => {
    const { code, output } = await check([file('留有空缺.docx')]);
    expect(code).toBe(1);
    expect(output).toMatch(/^错误 {2}第 \d+ 段“各单位要在×月×日前完成×项任务…”：有2处待填的空缺：“单位要在×月×日”“日前完成×项”〔gap〕$/m);
  });

  it('prints a JSON array with --json', async () => {
    const { code, output } = await check([file('文号错误.docx'), '--json']);
    expect(code).toBe(1);
    const findings = JSON.parse(output) as { rule: string; severity: string; location: { paragraph: number; part: string } }[];
    expect(findings).toEqual([expect.objectContaining({ rule: 'document-number', severity: 'error', location: expect.objectContaining({ paragraph: 8, part: 'word/document.xml' }) })]);
  });

  it('names the file when it is missing or not a .docx, with exit code 2', async () => {
    const missing = await usageError([file('没有.docx')]);
    expect(missing.exitCode).toBe(2);
    expect(missing.message).toContain('没有.docx');
    const text = await usageError([file('说明.txt')]);
    expect(text.exitCode).toBe(2);
    expect(text.message).toMatch(/说明\.txt.*不是 \.docx 文件/);
  });

  it('rejects a missing argument as bad usage and prints help on request', async () => {
    expect((await usageError([])).exitCode).toBe(2);
    expect(await check(['--help'])).toEqual({ code: 0, output: expect.stringContaining('用法：gongwen check') });
  });
});
