import { describe, expect, it } from 'vitest';
import { builtinPackDir } from '../templates/builtin-pack.ts';
import { builtinPackContents, builtinPackId, builtinPackMeta } from './builtin-as-pack.ts';
import { readPack } from './read-pack.ts';
import { writePack } from './write-pack.ts';

describe('the built-in templates as a pack', () => {
  it('writes a pack that reads back sound, with every template and the law articles', async () => {
    const contents = await builtinPackContents(builtinPackDir);
    const bytes = await writePack(builtinPackMeta('1.4.0', '2026-01-05'), contents);
    const reading = await readPack(bytes, { fileLabel: '内置模板.gwpack', trusted: [] });
    expect(reading.manifest).toMatchObject({ id: builtinPackId, version: '1.4.0', formatVersion: 1 });
    expect(reading.contents.templates.map((t) => t.id).sort()).toEqual(contents.templates.map((t) => t.id).sort());
    expect(reading.contents.templates).toHaveLength(17);
    expect(reading.contents.laws).toEqual(contents.laws);
    expect(reading.manifest.files.map((f) => f.path)).toContain('templates/jiancha-jianyi.json');
    expect(reading.signature.status).toBe('unsigned');
  });
});
