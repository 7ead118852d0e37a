import { describe, expect, it } from 'vitest';
import { canonicalJson, manifestSigningBytes } from './canonical-manifest.ts';
import type { PackManifest } from './pack-manifest.ts';

const manifest: PackManifest = {
  formatVersion: 1,
  id: 'xian.jw',
  name: '县纪委模板包',
  version: '1.0.0',
  publisher: '某县纪委',
  created: '2026-03-01',
  files: [{ path: 'units.json', size: 2, sha256: 'a'.repeat(64) }],
};

describe('canonical manifest bytes', () => {
  it('sort keys at every level and use no whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }] })).toBe('{"a":[{"c":null,"d":"x"}],"b":1}');
  });

  it('leave the signature out and do not depend on key order', () => {
    const reordered = Object.fromEntries(Object.entries(manifest).reverse()) as PackManifest;
    const signed: PackManifest = { ...manifest, signature: { algorithm: 'ed25519', publicKey: 'A'.repeat(43), value: 'B'.repeat(86) } };
    const text = new TextDecoder().decode(manifestSigningBytes(signed));
    expect(text).toBe(new TextDecoder().decode(manifestSigningBytes(reordered)));
    expect(text).not.toContain('signature');
    expect(text.startsWith('{"created":"2026-03-01","files":[')).toBe(true);
  });
});
