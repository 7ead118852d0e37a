/**
 * Fault injection into installing a pack: the file system fails at each step — while staging is
 * written, at the swap into place, while active.json (the record of which version is in use) is
 * replaced, and while the pack's units go into the settings. Each time the previous version stays
 * installed and usable, the settings are as they were, staging is cleaned up, and the next install
 * goes through. A crash that left staging and a placed version behind is swept by the next install.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeGoodPack, testContents, testPackId, testTemplate } from '../../tests/fixtures/packs/make-bad-packs.ts';
import { defaultPreferences } from '../../core/api/preferences.ts';
import { readPreferences, writePreferences } from '../settings/preferences.ts';
import { builtinPackDir } from '../templates/builtin-pack.ts';
import { createTemplateService } from '../templates/template-service.ts';
import { installPack, type InstallOptions } from './install-pack.ts';
import { listInstalledPacks, packsDir } from './pack-store.ts';
import { writePack } from './write-pack.ts';

type Fault = (operation: string, target: string) => boolean;
const injected = vi.hoisted(() => ({ fault: null as Fault | null, hits: 0 }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const failing =
    <Args extends unknown[], Result>(operation: string, call: (...args: Args) => Promise<Result>) =>
    async (...args: Args): Promise<Result> => {
      const target = args.map(String).join(' → ');
      if (injected.fault?.(operation, target)) {
        injected.hits++;
        throw Object.assign(new Error(`模拟的磁盘故障（${operation} ${target}）`), { code: 'EIO' });
      }
      return call(...args);
    };
  const mocked = { ...real, open: failing('open', real.open), rename: failing('rename', real.rename), mkdir: failing('mkdir', real.mkdir) };
  return { ...mocked, default: mocked };
});

afterEach(() => {
  injected.fault = null;
  injected.hits = 0;
});

const options: InstallOptions = { fileLabel: '县纪委.gwpack', acceptUnsigned: true, reservedPackIds: ['gongwen.builtin'], now: () => '2026-03-02T08:00:00.000Z' };
const newer = () => makeGoodPack({ version: '1.1.0', template: testTemplate('xian-tongzhi', '关于开展第二轮专项检查的通知') });
const sep = path.sep;

/** A workspace with 1.0.0 installed and its unit merged, and a unit directory the writer has edited since. */
async function installedWorkspace() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gongwen-pack-faults-'));
  await installPack(dir, makeGoodPack(), options);
  const preferences = await readPreferences(dir);
  await writePreferences(dir, { ...preferences, units: [...preferences.units, { name: '某某镇纪委', short: '你镇', category: '乡镇' }] });
  return { dir, preferences: await readPreferences(dir), folders: await readdir(path.join(packsDir(dir), 'installed', testPackId)) };
}

async function expectPreviousVersionInUse(dir: string, preferences: typeof defaultPreferences, folders: string[]) {
  const { packs, problems } = await listInstalledPacks(dir);
  expect(problems).toEqual([]);
  expect(packs.map((pack) => [pack.manifest.id, pack.manifest.version])).toEqual([[testPackId, '1.0.0']]);
  const templates = createTemplateService(builtinPackDir, { installed: () => listInstalledPacks(dir) });
  expect((await templates.newDraft('xian-tongzhi', '2026-03-05')).document.title).toBe('关于开展专项检查的通知');
  expect(await readPreferences(dir)).toEqual(preferences);
  expect(await readdir(path.join(packsDir(dir), 'installed', testPackId))).toEqual(folders);
  expect(await readdir(path.join(packsDir(dir), 'staging')).catch(() => [])).toEqual([]);
}

/** 1.1.0 with a unit the directory does not have yet, so installing it changes the settings too. */
const upgradeWithUnit = async () => {
  const contents = testContents(testTemplate('xian-tongzhi', '关于开展第二轮专项检查的通知'));
  const units = [...(contents.units ?? []), { name: '县审计局', short: '你局', category: '县直单位' }];
  return writePack({ id: testPackId, name: '县纪委模板包', version: '1.1.0', publisher: '某县纪委办公室', created: '2026-03-01' }, { ...contents, units });
};

const steps: { step: string; fault: Fault; message: string }[] = [
  { step: 'while creating the staging folder', fault: (op, target) => op === 'mkdir' && target.includes(`${sep}staging${sep}`), message: '未能写入工作区，原有版本仍在使用' },
  { step: 'while writing contents.json into staging', fault: (op, target) => op === 'open' && target.includes(`staging${sep}`) && target.includes('contents.json'), message: '未能写入工作区，原有版本仍在使用' },
  { step: 'at the swap of staging into place', fault: (op, target) => op === 'rename' && target.includes(`${sep}staging${sep}`), message: '未能写入工作区，原有版本仍在使用' },
  { step: 'while replacing active.json (the record of the version in use)', fault: (op, target) => op === 'rename' && target.endsWith(`${sep}active.json`), message: '未能登记为在用版本，原有版本仍在使用' },
  { step: 'while merging the units into preferences.json', fault: (op, target) => op === 'rename' && target.endsWith('preferences.json'), message: '模板包“县纪委模板包”未安装' },
];

describe('install under injected faults', () => {
  for (const { step, fault, message } of steps) {
    it(`a failure ${step} leaves 1.0.0 in use and the settings unchanged; the next install succeeds`, async () => {
      const { dir, preferences, folders } = await installedWorkspace();
      injected.fault = fault;
      await expect(installPack(dir, await upgradeWithUnit(), options)).rejects.toThrow(message);
      expect(injected.hits).toBeGreaterThan(0);
      injected.fault = null;
      await expectPreviousVersionInUse(dir, preferences, folders);

      const retry = await installPack(dir, await upgradeWithUnit(), options);
      expect(retry.pack).toMatchObject({ manifest: { version: '1.1.0' }, previousVersion: '1.0.0' });
      expect(retry.applied.unitsAdded.map((unit) => unit.name)).toEqual(['县审计局']);
      expect((await listInstalledPacks(dir)).packs[0]?.contents.templates[0]?.title).toBe('关于开展第二轮专项检查的通知');
      expect(await readdir(path.join(packsDir(dir), 'staging'))).toEqual([]);
    });
  }

  it('a pack with nothing to merge into the settings also stays out when active.json cannot be written', async () => {
    const { dir, preferences, folders } = await installedWorkspace();
    injected.fault = (op, target) => op === 'rename' && target.endsWith(`${sep}active.json`);
    await expect(installPack(dir, makeGoodPack({ version: '1.2.0' }), options)).rejects.toMatchObject({ code: 'IO_ERROR' });
    injected.fault = null;
    await expectPreviousVersionInUse(dir, preferences, folders);
  });

  it('a crash that left staging and a placed but never recorded version behind is swept by the next install', async () => {
    const { dir, preferences } = await installedWorkspace();
    const leftover = path.join(packsDir(dir), 'staging', '1.1.0-00000000-0000-4000-8000-000000000000');
    await mkdir(leftover, { recursive: true });
    await writeFile(path.join(leftover, 'contents.json'), '{"半截');
    const orphan = path.join(packsDir(dir), 'installed', testPackId, '1.1.0-11111111-1111-4111-8111-111111111111');
    await mkdir(orphan);
    await writeFile(path.join(orphan, 'manifest.json'), '{}');
    expect((await listInstalledPacks(dir)).packs.map((pack) => pack.manifest.version)).toEqual(['1.0.0']);
    expect(await readPreferences(dir)).toEqual(preferences);

    const outcome = await installPack(dir, newer(), options);
    expect(outcome.pack).toMatchObject({ manifest: { version: '1.1.0' }, previousVersion: '1.0.0' });
    const after = await readdir(path.join(packsDir(dir), 'installed', testPackId));
    expect(after).not.toContain(path.basename(orphan));
    expect(after).toHaveLength(3);
    expect(await readdir(path.join(packsDir(dir), 'staging'))).toEqual([]);
    expect(JSON.parse(await readFile(path.join(packsDir(dir), 'installed', testPackId, 'active.json'), 'utf8'))).toMatchObject({ previous: { version: '1.0.0' } });
  });
});
