import { describe, expect, it } from 'vitest';
import { testContents } from '../../tests/fixtures/packs/make-bad-packs.ts';
import { generateSigningKey } from './pack-signing.ts';
import { readPack } from './read-pack.ts';
import { writePack, type PackMeta } from './write-pack.ts';

const meta: PackMeta = { id: 'xian.jw', name: '县纪委模板包', version: '1.2.0', publisher: '某县纪委办公室', created: '2026-03-01' };

describe('writePack', () => {
  it('writes identical bytes for identical input, whatever the clock and time zone say', async () => {
    const first = await writePack(meta, testContents());
    const zone = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect(Buffer.from(await writePack(meta, testContents())).equals(Buffer.from(first))).toBe(true);
    } finally {
      process.env.TZ = zone;
    }
    expect(Buffer.from(await writePack({ ...meta, version: '1.2.1' }, testContents())).equals(Buffer.from(first))).toBe(false);
  });

  it('signs reproducibly, and the signature verifies on reading', async () => {
    const key = generateSigningKey();
    const signed = await writePack(meta, testContents(), key.privateKeyPem);
    expect(Buffer.from(await writePack(meta, testContents(), key.privateKeyPem)).equals(Buffer.from(signed))).toBe(true);
    const reading = await readPack(signed, { fileLabel: 'x.gwpack', trusted: [{ name: '某县纪委', publicKey: key.publicKey }] });
    expect(reading.signature.status).toBe('trusted');
    expect(reading.manifest.signature?.publicKey).toBe(key.publicKey);
  });

  it('refuses manifest fields that are not well formed, naming them', async () => {
    await expect(writePack({ ...meta, id: '../x' }, testContents())).rejects.toThrow(/id：模板包编号只能包含/);
    await expect(writePack({ ...meta, version: 'v1' }, testContents())).rejects.toThrow(/version：版本号应形如 1\.2\.0/);
  });
});
