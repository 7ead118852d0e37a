import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../cli-error.ts';
import { runTemplates } from './templates.ts';

const workspace = () => mkdtemp(path.join(os.tmpdir(), 'gongwen-templates-'));

describe('gongwen templates', () => {
  it('lists every built-in template with id, name, family and version', async () => {
    const lines: string[] = [];
    expect(await runTemplates([], (line) => lines.push(line), await workspace())).toBe(0);
    expect(lines[0]).toMatch(/^编号\s+名称\s+类别\s+版本$/);
    expect(lines).toHaveLength(18);
    expect(lines).toContainEqual(expect.stringMatching(/^jijian-jiancha-jianyi\s+纪检监察建议书\s+建议书\s+1\.0\.0$/));
  });

  it('prints the same list as JSON', async () => {
    const lines: string[] = [];
    expect(await runTemplates(['--json'], (line) => lines.push(line), await workspace())).toBe(0);
    const parsed = JSON.parse(lines.join('\n')) as { templates: { id: string; family: string; form: string }[]; problems: unknown[] };
    expect(parsed.problems).toEqual([]);
    expect(parsed.templates).toHaveLength(17);
    expect(parsed.templates.find((t) => t.id === 'han')).toMatchObject({ family: '日常公文', form: 'letter' });
  });

  it('lints a template by id: warnings only, exit code 0', async () => {
    const lines: string[] = [];
    expect(await runTemplates(['lint', 'jiancha-jianyi'], (line) => lines.push(line), await workspace())).toBe(0);
    expect(lines).toEqual(['模板“监察建议书”（jiancha-jianyi）1.0.0', '提醒：字段“发文机关”已声明，但模板中没有用到', '0 个错误，1 个提醒。']);
  });

  it('lints a template file: an undeclared field is an error naming section and field, exit code 1', async () => {
    const dir = await workspace();
    const source = JSON.parse(await readFile(new URL('../../templates/builtin/han.json', import.meta.url), 'utf8')) as { sections: { content: { type: string; text?: string }[] }[] };
    source.sections[0]!.content.push({ type: 'paragraph', text: '请于{{回复期限}}前函复。' });
    const file = path.join(dir, '函.json');
    await writeFile(file, JSON.stringify(source));
    const lines: string[] = [];
    expect(await runTemplates(['lint', file, '--json'], (line) => lines.push(line), dir)).toBe(1);
    const report = JSON.parse(lines.join('\n')) as { findings: { severity: string; section: string; field: string }[] };
    expect(report.findings).toContainEqual(expect.objectContaining({ severity: 'error', section: '正文', field: '回复期限' }));
  });

  it('names the file or id it cannot lint', async () => {
    const dir = await workspace();
    await expect(runTemplates(['lint', 'no-such'], () => {}, dir)).rejects.toEqual(new CliError('没有编号为“no-such”的模板。'));
    await writeFile(path.join(dir, 'bad.json'), '{"__proto__": {}}');
    await expect(runTemplates(['lint', path.join(dir, 'bad.json')], () => {}, dir)).rejects.toThrow(/bad\.json/);
  });
});
