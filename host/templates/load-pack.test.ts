import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtinPackDir, loadBuiltinPack } from './builtin-pack.ts';
import { loadTemplatePack } from './load-pack.ts';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function packWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gongwen-pack-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}

const notice = () => readFile(path.join(builtinPackDir, 'tongzhi.json'), 'utf8');

describe('the built-in pack', () => {
  it('validates every file and holds every template the issue asks for', async () => {
    const pack = await loadBuiltinPack();
    expect(pack.problems).toEqual([]);
    expect(pack.laws?.laws.map((law) => law.id)).toEqual(['监察法', '监督执纪工作规则']);
    expect(pack.templates.map((t) => t.name).sort()).toEqual(
      [
        '全会工作报告',
        '年度工作总结',
        '年度工作情况的报告（上行）',
        '讲话稿（工作会议）',
        '讲话稿（警示教育大会）',
        '纪律检查建议书',
        '监察建议书',
        '纪检监察建议书',
        '巡察整改通知',
        '问题整改通知书',
        '立行立改通知书',
        '整改情况报告',
        '送达回证',
        '通知',
        '请示',
        '报告',
        '函（信函式）',
      ].sort(),
    );
  });

  it('never types a 监察法 article into template text', async () => {
    const { templates } = await loadBuiltinPack();
    for (const template of templates) expect(JSON.stringify(template.sections), template.id).not.toMatch(/第(十一|十三|四十五|五十二|六十二|七十一)条/);
  });
});

describe('loadTemplatePack', () => {
  it('reports each bad file by name and still loads the good ones', async () => {
    const good = await notice();
    const dir = await packWith({
      'a-good.json': good,
      'b-broken.json': '{"formatVersion": 1,',
      'c-proto.json': good.replace('"formatVersion": 2,', '"formatVersion": 2, "__proto__": {"polluted": true},'),
      'd-nested.json': good.replace('"markSuffix"', '"constructor": {"prototype": {}}, "markSuffix"'),
      'e-schema.json': good.replace('"id": "tongzhi"', '"id": "Bad Id"'),
      'f-duplicate.json': good,
      'notes.txt': 'ignored',
    });
    const pack = await loadTemplatePack(dir);
    expect(pack.templates.map((t) => t.id)).toEqual(['tongzhi']);
    const byFile = new Map(pack.problems.map((p) => [p.file, p.message]));
    expect([...byFile.keys()]).toEqual(['b-broken.json', 'c-proto.json', 'd-nested.json', 'e-schema.json', 'f-duplicate.json']);
    expect(byFile.get('b-broken.json')).toMatch(/^“b-broken.json”不是有效的 JSON/);
    expect(byFile.get('c-proto.json')).toContain('不允许的键名：__proto__');
    expect(byFile.get('d-nested.json')).toContain('header.constructor');
    expect(byFile.get('e-schema.json')).toMatch(/“e-schema.json”不符合模板格式：\nid：模板编号只能包含小写字母、数字和连字符/);
    expect(byFile.get('f-duplicate.json')).toBe('“f-duplicate.json”的模板编号“tongzhi”与“a-good.json”重复');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('validates the law references file with its own schema', async () => {
    const dir = await packWith({ 'law-references.json': JSON.stringify({ formatVersion: 1, laws: [{ id: '监察法', title: '监察法', versions: [] }] }) });
    const pack = await loadTemplatePack(dir);
    expect(pack.laws).toBeNull();
    expect(pack.problems[0]?.message).toContain('法规名称应带书名号');
  });

  it('names a folder it cannot read', async () => {
    const missing = path.join(os.tmpdir(), 'gongwen-no-such-pack');
    const pack = await loadTemplatePack(missing);
    expect(pack.problems).toEqual([{ file: missing, message: expect.stringContaining('无法读取模板文件夹') }]);
  });
});
