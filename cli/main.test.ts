import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { docxParagraphTexts } from '../tests/support/docx-parts.ts';
import { sampleNotice } from '../tests/support/sample-document.ts';
import { main } from './main.ts';

async function run(argv: string[]) {
  const lines: string[] = [];
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const code = await main(argv, (line) => lines.push(line));
  const stderr = errors.mock.calls.map((c) => String(c[0])).join('\n');
  errors.mockRestore();
  return { code, stdout: lines.join('\n'), stderr };
}

describe('gongwen', () => {
  it('lists its commands', async () => {
    const { code, stdout } = await run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/export/);
    expect(stdout).toMatch(/web/);
  });

  it('exports a JSON document to .docx', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gongwen-cli-'));
    const input = path.join(dir, '通知.json');
    await writeFile(input, JSON.stringify(sampleNotice()));
    const output = path.join(dir, 'out', '通知.docx');
    const { code, stdout } = await run(['export', input, '-o', output, '--workspace', dir]);
    expect(code).toBe(0);
    expect(stdout).toContain(output);
    expect(docxParagraphTexts(new Uint8Array(await readFile(output)))).toContain('各乡镇纪委、县直各单位：');
  });

  it('refuses a document with gaps left, listing where they are, unless --allow-gaps', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gongwen-cli-'));
    const input = path.join(dir, '通知.json');
    const notice = sampleNotice();
    await writeFile(input, JSON.stringify({ ...notice, title: '关于开展第×轮巡察的通知', body: [{ type: 'paragraph', content: [{ type: 'text', text: '请' }, { type: 'field', key: '单位名称', value: null, source: null, gap: { marker: '【单位名称】', kind: 'prompt' } }, { type: 'text', text: '于月底前报送。' }] }] }));
    const output = path.join(dir, '通知.docx');
    const refused = await run(['export', input, '-o', output]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('还有 2 处待填的空缺');
    expect(refused.stderr).toContain('标题：“于开展第×轮”（关于开展第×轮巡察的通知）');
    expect(refused.stderr).toContain('正文第 1 段：“单位名称”（请【单位名称】于月底前报送。）');
    expect(refused.stderr).toContain('--allow-gaps');
    await expect(readFile(output)).rejects.toThrow();
    const allowed = await run(['export', input, '-o', output, '--allow-gaps']);
    expect(allowed.code).toBe(0);
    expect(docxParagraphTexts(new Uint8Array(await readFile(output)))).toContain('请【单位名称】于月底前报送。');
  });

  it.each([
    ['an unknown command', ['frobnicate'], 2, '未知命令'],
    ['a missing input', ['export', '-o', 'x.docx'], 2, '输入文件'],
    ['a missing output', ['export', 'x.json'], 2, '-o'],
    ['an unknown option', ['export', 'x.json', '-o', 'x.docx', '--colour'], 2, '参数不正确'],
    ['an unknown font profile', ['export', 'x.json', '-o', 'x.docx', '--font-profile', 'fancy'], 2, '字体方案'],
    ['a file that is not there', ['export', '/nonexistent/doc.json', '-o', 'x.docx'], 1, '找不到'],
    ['a --workspace with no folder', ['export', 'x.json', '--workspace'], 2, '--workspace'],
  ])('exits non-zero with a Chinese message for %s', async (_label, argv, expectedCode, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(expectedCode);
    expect(stderr).toContain(message);
  });

  it('names the file and the fields of an invalid document, and writes nothing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gongwen-cli-'));
    const input = path.join(dir, 'bad.json');
    await writeFile(input, JSON.stringify({ ...sampleNotice(), signature: { ...sampleNotice().signature, date: '2024-02-30' } }));
    const output = path.join(dir, 'bad.docx');
    const { code, stderr } = await run(['export', input, '-o', output]);
    expect(code).toBe(1);
    expect(stderr).toContain(input);
    expect(stderr).toContain('signature.date');
    await expect(readFile(output)).rejects.toThrow();
  });

  it('says which file is not JSON', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gongwen-cli-'));
    const input = path.join(dir, 'broken.json');
    await writeFile(input, '{"title": ');
    const { code, stderr } = await run(['export', input, '-o', path.join(dir, 'x.docx')]);
    expect(code).toBe(1);
    expect(stderr).toContain('不是有效的 JSON');
  });
});
