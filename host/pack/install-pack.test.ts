import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBadPacks, makeGoodPack, testPackId, testTemplate } from '../../tests/fixtures/packs/make-bad-packs.ts';
import { installPack, type InstallOptions } from './install-pack.ts';
import { generateSigningKey } from './pack-signing.ts';
import { listInstalledPacks, packsDir, rollbackPack } from './pack-store.ts';
import { trustPublisher } from './trusted-publishers.ts';

const options = (overrides: Partial<InstallOptions> = {}): InstallOptions => ({
  fileLabel: '县纪委.gwpack',
  acceptUnsigned: true,
  reservedPackIds: ['gongwen.builtin'],
  now: () => '2026-03-02T08:00:00.000Z',
  ...overrides,
});

const workspace = () => mkdtemp(path.join(os.tmpdir(), 'gongwen-packs-'));

async function activeVersion(dir: string): Promise<string | undefined> {
  return (await listInstalledPacks(dir)).packs.find((p) => p.manifest.id === testPackId)?.manifest.version;
}

describe('installPack', () => {
  it('installs, upgrades to a newer version keeping the old one, and rolls back', async () => {
    const dir = await workspace();
    const first = await installPack(dir, makeGoodPack(), options());
    expect(first.pack).toMatchObject({ manifest: { id: testPackId, version: '1.0.0' }, previousVersion: null });
    expect(first.warnings).toHaveLength(1);
    const second = await installPack(dir, makeGoodPack({ version: '1.1.0', template: testTemplate('xian-tongzhi', '关于开展第二轮专项检查的通知') }), options());
    expect(second.pack).toMatchObject({ manifest: { version: '1.1.0' }, previousVersion: '1.0.0' });
    const { packs, problems } = await listInstalledPacks(dir);
    expect(problems).toEqual([]);
    expect(packs[0]?.contents.templates[0]?.title).toBe('关于开展第二轮专项检查的通知');
    expect((await rollbackPack(dir, testPackId)).manifest.version).toBe('1.0.0');
    expect(await activeVersion(dir)).toBe('1.0.0');
    expect((await listInstalledPacks(dir)).packs[0]?.previousVersion).toBe('1.1.0');
  });

  it('refuses the same or an older version and leaves the installed one alone', async () => {
    const dir = await workspace();
    await installPack(dir, makeGoodPack({ version: '2.0.0' }), options());
    await expect(installPack(dir, makeGoodPack({ version: '2.0.0' }), options())).rejects.toThrow('2.0.0 已经安装');
    await expect(installPack(dir, makeGoodPack({ version: '1.9.9' }), options())).rejects.toThrow('不会用旧版本 1.9.9 覆盖');
    expect(await activeVersion(dir)).toBe('2.0.0');
  });

  it('needs the warning accepted for an unsigned pack, and installs a trusted signed one without asking', async () => {
    const dir = await workspace();
    await expect(installPack(dir, makeGoodPack(), options({ acceptUnsigned: false }))).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('没有签名') });
    expect((await listInstalledPacks(dir)).packs).toEqual([]);
    const key = generateSigningKey();
    await trustPublisher(dir, { name: '市纪委办公室', publicKey: key.publicKey });
    const outcome = await installPack(dir, makeGoodPack({ privateKeyPem: key.privateKeyPem }), options({ acceptUnsigned: false }));
    expect(outcome.warnings).toEqual([]);
    expect(outcome.pack.install.signature).toMatchObject({ status: 'trusted', trustedAs: '市纪委办公室' });
  });

  it('refuses a template id another installed pack uses, and the reserved built-in pack id', async () => {
    const dir = await workspace();
    await installPack(dir, makeGoodPack(), options());
    await expect(installPack(dir, makeGoodPack({ id: 'other-county.jw' }), options())).rejects.toThrow(
      '“templates/xian-tongzhi.json”的模板编号“xian-tongzhi”已被模板包“县纪委模板包”使用',
    );
    await expect(installPack(dir, makeGoodPack({ id: 'gongwen.builtin' }), options())).rejects.toThrow('模板包编号“gongwen.builtin”留给程序自带的模板包使用');
    expect((await listInstalledPacks(dir)).packs.map((p) => p.manifest.id)).toEqual([testPackId]);
  });

  it('keeps the installed version active and writes nothing for every hostile pack', async () => {
    const dir = await workspace();
    await installPack(dir, makeGoodPack(), options());
    const before = await readdir(path.join(packsDir(dir), 'installed', testPackId));
    const folder = await mkdtemp(path.join(os.tmpdir(), 'gongwen-bad-packs-'));
    for (const bad of await makeBadPacks(folder)) {
      await expect(installPack(dir, await readFile(path.join(folder, bad.file)), options({ fileLabel: bad.file })), bad.file).rejects.toThrow(bad.expected);
    }
    expect(await readdir(path.join(packsDir(dir), 'installed', testPackId))).toEqual(before);
    expect(await readdir(path.join(packsDir(dir), 'installed'))).toEqual([testPackId]);
    expect(await activeVersion(dir)).toBe('1.0.0');
  }, 60_000);
});
