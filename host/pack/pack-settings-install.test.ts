import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testContents, testPackId, testTemplate } from '../../tests/fixtures/packs/make-bad-packs.ts';
import { defaultPreferences } from '../../core/api/preferences.ts';
import type { PackContents } from '../../core/pack/pack-contents.ts';
import { createHandlers } from '../create-handlers.ts';
import { builtinPackDir } from '../templates/builtin-pack.ts';
import { writePack } from './write-pack.ts';

const cityLetterhead = {
  organ: { fullName: '中共某某市纪律检查委员会', signatureName: '', printer: '中共某某市纪律检查委员会办公室' },
  numberPrefixes: [{ prefix: '某市纪发', sequence: '某市纪发' }],
  defaultSigners: ['王某某'],
};

async function pack(version: string, change: (contents: PackContents) => PackContents = (contents) => contents) {
  const contents = change(testContents(testTemplate('xian-tongzhi', `通知 ${version}`)));
  const bytes = await writePack({ id: testPackId, name: '县纪委模板包', version, publisher: '某县纪委办公室', created: '2026-03-01' }, contents);
  return { name: `县纪委-${version}.gwpack`, base64: Buffer.from(bytes).toString('base64') };
}

async function setUp() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gongwen-pack-settings-'));
  const handlers = createHandlers({ version: '3.1.0', mode: 'web', workspaceDir: root, exportDir: path.join(root, '导出'), templatesDir: builtinPackDir });
  await handlers.setPreferences({
    ...defaultPreferences,
    organ: { fullName: '中共某某县纪律检查委员会', signatureName: '', printer: '中共某某县纪律检查委员会办公室' },
    units: [{ name: '县财政局', short: '财政局', category: '县直' }],
  });
  return handlers;
}

describe('a pack’s units, letterhead and phrases in the workspace', () => {
  it('merges units by 全称, keeps the office’s letterhead unless accepted, and serves phrases from the active version', async () => {
    const handlers = await setUp();
    const installed = await handlers.installPack({
      file: await pack('1.0.0', (contents) => ({ ...contents, units: [...(contents.units ?? []), { name: '县审计局', short: '你局', category: '县直单位' }], letterhead: cityLetterhead })),
      acceptUnsigned: true,
    });
    expect(installed.settings).toEqual({ unitsAdded: ['县审计局'], letterhead: false });
    const after = await handlers.getPreferences();
    expect(after.units).toEqual([
      { name: '县财政局', short: '财政局', category: '县直' },
      { name: '县审计局', short: '你局', category: '县直单位' },
    ]);
    expect(after.organ.fullName).toBe('中共某某县纪律检查委员会');
    const { phrases } = await handlers.listPhrases({ templateId: null });
    expect(phrases).toContainEqual(expect.objectContaining({ text: '请认真贯彻落实。', category: '县纪委常用语' }));
  });

  it('takes the letterhead when accepted; rolling back undoes the units and the letterhead, and undoing the rollback redoes them', async () => {
    const handlers = await setUp();
    await handlers.installPack({ file: await pack('1.0.0'), acceptUnsigned: true });
    const before = await handlers.getPreferences();
    const upgraded = await handlers.installPack({
      file: await pack('1.1.0', (contents) => ({
        ...contents,
        units: [{ name: '县审计局', short: '你局', category: '县直单位' }],
        letterhead: cityLetterhead,
        phraseBooks: [{ name: '市纪委常用语', phrases: [{ title: '开头', category: '通知', text: '为深入贯彻落实……' }] }],
      })),
      acceptUnsigned: true,
      applyLetterhead: true,
    });
    expect(upgraded.settings).toEqual({ unitsAdded: ['县审计局'], letterhead: true });
    const taken = await handlers.getPreferences();
    expect(taken).toMatchObject({ organ: cityLetterhead.organ, numberPrefixes: cityLetterhead.numberPrefixes, defaultSigners: ['王某某'] });
    expect((await handlers.listPhrases({ templateId: null })).phrases).toContainEqual(expect.objectContaining({ category: '市纪委常用语' }));

    await handlers.rollbackPack({ id: testPackId });
    expect(await handlers.getPreferences()).toEqual(before);
    expect((await handlers.listPhrases({ templateId: null })).phrases).not.toContainEqual(expect.objectContaining({ category: '市纪委常用语' }));

    await handlers.rollbackPack({ id: testPackId });
    expect(await handlers.getPreferences()).toEqual(taken);
  });

  it('leaves what the writer changed after the install when rolling back', async () => {
    const handlers = await setUp();
    await handlers.installPack({ file: await pack('1.0.0'), acceptUnsigned: true });
    await handlers.installPack({ file: await pack('1.1.0', (contents) => ({ ...contents, units: [{ name: '县审计局', short: '你局', category: '县直单位' }], letterhead: cityLetterhead })), acceptUnsigned: true, applyLetterhead: true });
    const edited = await handlers.getPreferences();
    const mine = { ...edited, organ: { ...edited.organ, printer: '手改的印发机关' }, units: edited.units.map((unit) => (unit.name === '县审计局' ? { ...unit, short: '审计局' } : unit)) };
    await handlers.setPreferences(mine);
    await handlers.rollbackPack({ id: testPackId });
    expect(await handlers.getPreferences()).toEqual(mine);
  });
});
