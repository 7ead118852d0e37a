/**
 * A .gwdoc comes from a USB stick: whatever its bytes, reading it gives back exactly what was
 * saved, or a draft taken from one of the saved versions with a note saying what was damaged, or
 * refuses with a Chinese message naming the file — never another exception, never a silently
 * altered draft, never a change to any global.
 */
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/api/errors.ts';
import { createBlankDocument } from '../../core/model/document.ts';
import { text } from '../../core/model/inline.ts';
import { gwdocBytes, parseGwdoc, type GwdocContents } from './gwdoc-file.ts';
import { noPoisoning } from '../../tests/support/no-poisoning.ts';

const at = '2024-03-05T08:00:00.000Z';
const document = {
  ...createBlankDocument('通知', '2024-03-05'),
  title: '关于开展专项检查的通知',
  body: [{ type: 'paragraph' as const, content: text('各乡镇纪委：为深入贯彻落实……') }],
};
const contents: GwdocContents = {
  draft: { id: 'd1', title: document.title, genre: '通知', templateId: null, templateVersion: null, createdAt: at, updatedAt: at, revision: 4, document },
  versions: [{ id: 'v1', draftId: 'd1', sequence: 1, name: '征求意见稿', kind: 'named', note: null, createdAt: at, document }],
  datasets: [],
};
const good = gwdocBytes(contents, at);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Parses and sorts the outcome: the saved contents, a recovery from saved versions that says so, or a refusal that names the file. */
function outcome(bytes: Uint8Array): 'same' | 'recovered' | 'refused' {
  try {
    const read = parseGwdoc(bytes, '专项检查.gwdoc');
    if (read.notes === undefined) {
      expect(read).toEqual(contents);
      return 'same';
    }
    expect(read.notes.length).toBeGreaterThan(0);
    for (const version of read.versions) expect(contents.versions).toContainEqual(version);
    const drafts = [contents.draft.document, ...contents.versions.map((v) => v.document)];
    expect(drafts).toContainEqual(read.draft.document);
    expect(read.datasets).toEqual(contents.datasets);
    return 'recovered';
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    expect(error.code === 'BAD_DOCUMENT' || error.code === 'UNSUPPORTED').toBe(true);
    expect(error.message).toContain('专项检查.gwdoc');
    return 'refused';
  }
}

/** JSON with a key that would poison prototypes if copied with Object.assign or spread. */
const poisoned = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString').map((key) => `{"${key}": {"polluted": true}, "id": "d1"}`);

describe('.gwdoc reading (properties)', () => {
  it('random bytes, with or without a zip signature, are refused by name', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.uint8Array({ maxLength: 3000 }).map((tail) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...tail]))), (bytes) => {
        expect(outcome(bytes)).toBe('refused');
      }).afterEach(noPoisoning),
      { numRuns: 300 },
    );
  });

  it('a saved file with bytes changed or cut off gives back exactly what was saved, a recovery from its versions, or is refused', () => {
    const edits = fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 });
    const seen = { same: 0, recovered: 0, refused: 0 };
    fc.assert(
      fc.property(edits, fc.option(fc.nat(good.length - 1)), (changes, cut) => {
        const bytes = good.slice(0, cut ?? good.length);
        for (const [index, value] of changes) if (index < bytes.length) bytes[index] = value;
        seen[outcome(bytes)] += 1;
      }).afterEach(noPoisoning),
      { numRuns: 400 },
    );
    expect(seen.refused).toBeGreaterThan(200);
  });

  it('entries carrying prototype keys, even with matching hashes, are never read: refused, or the draft taken from a sound version; nothing poisoned', () => {
    fc.assert(
      fc.property(poisoned, fc.constantFrom('draft.json', 'versions/0001.json', 'manifest.json'), (json, entry) => {
        const files = unzipSync(good);
        files[entry] = strToU8(json);
        if (entry !== 'manifest.json') {
          const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as { entries: Array<{ path: string; sha256: string }> };
          for (const listed of manifest.entries) if (listed.path === entry) listed.sha256 = sha256(files[entry] as Uint8Array);
          files['manifest.json'] = strToU8(JSON.stringify(manifest));
        }
        expect(outcome(zipSync(files))).toBe(entry === 'manifest.json' ? 'refused' : 'recovered');
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }).afterEach(noPoisoning),
    );
  });
});
