import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBadPacks, makeGoodPack, testPackId } from '../../tests/fixtures/packs/make-bad-packs.ts';
import { CliError } from '../cli-error.ts';
import { main } from '../main.ts';
import { runPack } from './pack.ts';

let folder = '';
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'gongwen-cli-pack-'));
  await writeFile(path.join(folder, 'good.gwpack'), makeGoodPack());
  await writeFile(path.join(folder, 'good-1.1.gwpack'), makeGoodPack({ version: '1.1.0' }));
});

async function run(args: string[], workspace: string): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runPack(args, (line) => lines.push(line), workspace);
  return { code, lines };
}

const workspace = () => mkdtemp(path.join(folder, 'ws-'));

describe('gongwen pack', () => {
  it('verify prints what is inside and exits 0 for a sound pack, 1 with the entry named for a bad one', async () => {
    const ws = await workspace();
    const good = await run(['verify', path.join(folder, 'good.gwpack')], ws);
    expect(good.code).toBe(0);
    expect(good.lines).toContain('模板包：县纪委模板包（test-county.jw）1.0.0');
    expect(good.lines).toContainEqual(expect.stringMatching(/^ {2}xian-tongzhi {2}县纪委通知/));
    expect(good.lines).toContain('常用语集：县纪委常用语（1 条）');
    expect(good.lines.at(-1)).toBe('结论：“good.gwpack”完好，安装时须确认上述警告。');

    const bad = await mkdtemp(path.join(folder, 'bad-'));
    await makeBadPacks(bad);
    const refused = await run(['verify', path.join(bad, 'traversal-gbk.gwpack')], ws);
    expect(refused.code).toBe(1);
    expect(refused.lines).toEqual(['问题：压缩包条目“../公文.json”含有“..”，会跳出模板包的文件夹', '结论：“traversal-gbk.gwpack”有问题，不能安装。']);
  }, 30_000);

  it('install needs --accept-unsigned for an unsigned pack, upgrades, lists and rolls back', async () => {
    const ws = await workspace();
    await expect(run(['install', path.join(folder, 'good.gwpack')], ws)).rejects.toThrow(CliError);
    const installed = await run(['install', path.join(folder, 'good.gwpack'), '--accept-unsigned'], ws);
    expect(installed.lines.at(-1)).toBe('已安装。');
    const upgraded = await run(['install', path.join(folder, 'good-1.1.gwpack'), '--accept-unsigned'], ws);
    expect(upgraded.lines.at(-1)).toBe(`已升级：1.0.0 → 1.1.0（旧版本保留，可用 gongwen pack rollback ${testPackId} 退回）`);
    expect((await run(['list'], ws)).lines).toContain('可回退到：1.0.0');
    expect((await run(['rollback', testPackId], ws)).lines).toEqual(['模板包“县纪委模板包”已退回 1.0.0（1.1.0 仍保留，可再次回退）。']);
  });

  it('export writes the same bytes twice; a signed pack installs without --accept-unsigned where its key is trusted', async () => {
    const ws = await workspace();
    const args = (output: string) => [
      'export',
      '--templates',
      'qingshi,han',
      '--id',
      'xian.jw',
      '--publisher',
      '某县纪委办公室',
      '--created',
      '2026-03-05',
      '--sign',
      '-o',
      output,
    ];
    const first = path.join(folder, 'first.gwpack');
    const second = path.join(folder, 'second.gwpack');
    expect((await run(args(first), ws)).lines[0]).toMatch(/^已导出模板包“某县纪委办公室模板包”1\.0\.0：2 个模板，\d+ 字节，已签名$/);
    await run(args(second), ws);
    expect((await readFile(first)).equals(await readFile(second))).toBe(true);
    await expect(run(args(first), ws)).rejects.toThrow('已存在；要覆盖请加 --overwrite');

    const key = (await run(['key'], ws)).lines[1] ?? '';
    const other = await workspace();
    await run(['trust', key, '--name', '某县纪委'], other);
    const installed = await run(['install', first], other);
    expect(installed.lines).toContainEqual(expect.stringContaining('签名：已签名，受信任（某县纪委'));
  });

  it('trusts a key that begins with a hyphen (base64url), which the option parser would otherwise refuse', async () => {
    const ws = await workspace();
    const key = `-c${'A'.repeat(41)}`;
    expect((await run(['trust', key, '--name', '某镇纪委'], ws)).lines[0]).toContain('已信任“某镇纪委”的签名公钥');
  });

  it('is routed from the gongwen command with the workspace option', async () => {
    const ws = await workspace();
    const lines: string[] = [];
    expect(await main(['pack', 'list', '--workspace', ws], (line) => lines.push(line))).toBe(0);
    expect(lines).toEqual(['工作区中还没有安装模板包。']);
  });

  it('index publishes a folder of packs; source set, list and install use it from another workspace', async () => {
    const shared = await mkdtemp(path.join(folder, 'shared-'));
    await writeFile(path.join(shared, '县纪委-1.0.0.gwpack'), makeGoodPack());
    await writeFile(path.join(shared, '县纪委-1.1.0.gwpack'), makeGoodPack({ version: '1.1.0' }));
    const indexed = await run(['index', shared], await workspace());
    expect(indexed.code).toBe(0);
    expect(indexed.lines).toEqual([
      `  ${testPackId}  县纪委模板包  1.1.0  县纪委-1.1.0.gwpack`,
      '跳过旧版本：县纪委-1.0.0.gwpack',
      `已写索引：${path.join(shared, 'gwpack-index.json')}（1 个模板包）`,
    ]);

    const ws = await workspace();
    expect((await run(['source', 'set', 'ftp://服务器'], ws).catch((error: unknown) => error)) as CliError).toMatchObject({ exitCode: 2 });
    expect((await run(['source', 'set', shared], ws)).lines).toEqual([`共享来源已设为：${shared}`]);
    expect((await run(['source'], ws)).lines).toEqual([`共享来源：${shared}`, `  ${testPackId}  县纪委模板包  1.1.0  未安装`]);
    await expect(run(['source', 'install', testPackId], ws)).rejects.toThrow('没有签名');
    const installed = await run(['source', 'install', testPackId, '--accept-unsigned'], ws);
    expect(installed.lines).toContain('单位名录新增 1 个单位：县财政局');
    expect(installed.lines.at(-1)).toBe('已安装。');
    expect((await run(['source', '--json'], ws)).lines.join('\n')).toContain('"state": "installed"');
    await expect(run(['source', '--source', path.join(shared, '没有'), 'list'], ws)).rejects.toThrow('文件夹不存在，或网络位置当前不可达');
  });
});
