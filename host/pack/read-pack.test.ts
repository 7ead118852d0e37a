import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeBadPacks, makeGoodPack, manifestFor, testPackId, testTemplate, type BadPack } from '../../tests/fixtures/packs/make-bad-packs.ts';
import { rawZip } from '../../tests/fixtures/packs/raw-zip.ts';
import type { Template } from '../../core/template/template-schema.ts';
import { PackError } from '../../core/pack/pack-error.ts';
import { generateSigningKey } from './pack-signing.ts';
import { readPack } from './read-pack.ts';

let folder = '';
let bad: BadPack[] = [];

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'gongwen-bad-packs-'));
  bad = await makeBadPacks(folder);
}, 60_000);

describe('readPack', () => {
  it('reads a sound unsigned pack with a warning the installer must accept', async () => {
    const reading = await readPack(makeGoodPack(), { fileLabel: '县纪委.gwpack', trusted: [] });
    expect(reading.manifest.id).toBe(testPackId);
    expect(reading.contents.templates.map((t) => t.id)).toEqual(['xian-tongzhi']);
    expect(reading.contents.phraseBooks[0]?.phrases[0]?.text).toBe('请认真贯彻落实。');
    expect(reading.contents.units).toEqual([{ name: '县财政局', short: '你局', category: '县直单位' }]);
    expect(reading.signature).toEqual({ status: 'unsigned', keyId: null, trustedAs: null });
    expect(reading.warnings).toEqual(['模板包“县纪委模板包”没有签名，无法确认它确实来自“某县纪委办公室”且未被改动']);
  });

  it('trusts a pack signed by a trusted publisher and warns about any other signer', async () => {
    const key = generateSigningKey();
    const bytes = makeGoodPack({ privateKeyPem: key.privateKeyPem });
    const trusted = await readPack(bytes, { fileLabel: 'p.gwpack', trusted: [{ name: '市纪委', publicKey: key.publicKey }] });
    expect(trusted.signature).toMatchObject({ status: 'trusted', trustedAs: '市纪委' });
    expect(trusted.warnings).toEqual([]);
    const stranger = await readPack(bytes, { fileLabel: 'p.gwpack', trusted: [{ name: '别的单位', publicKey: generateSigningKey().publicKey }] });
    expect(stranger.signature.status).toBe('untrusted');
    expect(stranger.warnings[0]).toMatch(/签名有效，但签名密钥 [0-9a-f]{16} 不在受信任的发布单位之列/);
  });

  it('migrates a template written in an older format, and refuses a manifest from a newer release', async () => {
    const old = { ...testTemplate(), formatVersion: 1 } as unknown as Template;
    const reading = await readPack(makeGoodPack({ template: old }), { fileLabel: 'old.gwpack', trusted: [] });
    expect(reading.contents.templates[0]?.formatVersion).toBe(2);
    const files = [{ name: 'units.json', data: new TextEncoder().encode('{"units":[]}') }];
    const newer = rawZip([{ name: 'manifest.json', data: new TextEncoder().encode(JSON.stringify({ ...manifestFor(files), formatVersion: 9 })) }, ...files]);
    await expect(readPack(newer, { fileLabel: 'new.gwpack', trusted: [] })).rejects.toThrow('模板包格式版本 9 比本程序支持的 1 新，请升级公文工作台');
  });

  it('refuses every generated hostile pack with a Chinese message naming the entry', async () => {
    expect(bad.length).toBeGreaterThanOrEqual(30);
    for (const pack of bad) {
      const bytes = await readFile(path.join(folder, pack.file));
      const error = await readPack(bytes, { fileLabel: pack.file, trusted: [] }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, `${pack.file}（${pack.what}）应被拒收`).toBeInstanceOf(PackError);
      expect((error as PackError).message, pack.file).toContain(pack.expected);
    }
  });
});
