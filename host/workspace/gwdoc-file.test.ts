import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../core/model/document.ts';
import type { GwdocContents } from './gwdoc-file.ts';
import { gwdocBytes, parseGwdoc, readGwdoc, saveGwdoc } from './gwdoc-file.ts';

const at = '2024-03-05T08:00:00.000Z';
const document = { ...createBlankDocument('通知', '2024-03-05'), title: '关于开展专项检查的通知' };
const contents: GwdocContents = {
  draft: { id: 'd1', title: document.title, genre: '通知', templateId: null, templateVersion: null, createdAt: at, updatedAt: at, revision: 4, document },
  versions: [
    { id: 'v1', draftId: 'd1', sequence: 1, name: '征求意见稿', kind: 'named', note: null, createdAt: at, document },
    { id: 'v2', draftId: 'd1', sequence: 2, name: '送审稿', kind: 'named', note: '呈主要领导', createdAt: at, document: { ...document, title: '关于开展专项整治的通知' } },
  ],
  datasets: [{ id: 'ledger', name: '线索台账', source: { fileName: '台账.xlsx', sheet: 'Sheet1', sha256: 'c'.repeat(64), importedAt: at }, table: { rows: [[1, '立案']] } }],
};

/** Unpacks a good file, lets the test damage it, and packs it again. */
function tampered(change: (files: Record<string, Uint8Array>) => void): Uint8Array {
  const files = unzipSync(gwdocBytes(contents, at));
  change(files);
  return zipSync(files);
}

const folder = (): string => mkdtempSync(path.join(os.tmpdir(), 'gongwen-gwdoc-'));

describe('.gwdoc file', () => {
  it('round-trips a draft, its versions and datasets through a file on disk', async () => {
    const file = path.join(folder(), '专项检查.gwdoc');
    await saveGwdoc(contents, file, at);
    expect(await readGwdoc(file)).toEqual(contents);
    const manifest = JSON.parse(strFromU8(unzipSync(readFileSync(file))['manifest.json'] as Uint8Array)) as { entries: Array<{ path: string }>; formatVersion: number };
    expect(manifest.formatVersion).toBe(1);
    expect(manifest.entries.map((e) => e.path)).toEqual(['draft.json', 'versions/0001.json', 'versions/0002.json', 'datasets/0001.json']);
  });

  it('refuses a file with another extension, naming it', async () => {
    const file = path.join(folder(), '通知.docx');
    writeFileSync(file, gwdocBytes(contents, at));
    await expect(readGwdoc(file)).rejects.toThrow('无法打开“通知.docx”：不是 .gwdoc 文件（扩展名为“.docx”）');
  });

  it('refuses bytes that are not a zip, and a zip cut short', () => {
    expect(() => parseGwdoc(strToU8('{"title":"通知"}'), 'a.gwdoc')).toThrow('无法打开“a.gwdoc”：不是 .gwdoc 文件（不是 zip 格式）');
    const whole = gwdocBytes(contents, at);
    expect(() => parseGwdoc(whole.subarray(0, Math.floor(whole.length * 0.6)), 'b.gwdoc')).toThrow(/无法打开“b\.gwdoc”：zip 结构已损坏.*文件未被改动/);
  });

  it('refuses a zip that is not a .gwdoc (no manifest, or another format)', () => {
    expect(() => parseGwdoc(zipSync({ 'word/document.xml': strToU8('<w:document/>') }), 'c.gwdoc')).toThrow('缺少条目“manifest.json”');
    const foreign = tampered((files) => {
      files['manifest.json'] = strToU8(JSON.stringify({ format: 'other', formatVersion: 1, savedAt: at, title: '', entries: [] }));
    });
    expect(() => parseGwdoc(foreign, 'd.gwdoc')).toThrow(/条目“manifest\.json”内容不合规.*不是公文工作台的 \.gwdoc 文件/s);
  });

  it('leaves out a version whose bytes do not match the manifest, naming its entry, and keeps the rest', () => {
    const damaged = tampered((files) => {
      files['versions/0002.json'] = strToU8(strFromU8(files['versions/0002.json'] as Uint8Array).replace('专项整治', '专项治理'));
    });
    const read = parseGwdoc(damaged, 'e.gwdoc');
    expect(read.draft).toEqual(contents.draft);
    expect(read.versions).toEqual([contents.versions[0]]);
    expect(read.notes).toEqual(['条目“versions/0002.json”已损坏（校验值不符），该版本未导入。']);
  });

  it('takes a damaged draft from the newest version that reads, says so, and refuses when no version reads', () => {
    const damaged = tampered((files) => {
      files['draft.json'] = strToU8(strFromU8(files['draft.json'] as Uint8Array).replace('专项检查', '专项抽查'));
    });
    const read = parseGwdoc(damaged, 'e2.gwdoc');
    expect(read.draft).toMatchObject({ id: 'd1', title: '关于开展专项整治的通知', document: contents.versions[1]!.document, templateId: null, revision: 1 });
    expect(read.versions).toEqual(contents.versions);
    expect(read.datasets).toEqual(contents.datasets);
    expect(read.notes?.[0]).toBe('条目“draft.json”已损坏（校验值不符）。');
    expect(read.notes?.[1]).toMatch(/^已用文件中最新的完好版本“送审稿”（2024年3月5日 \d\d:00）作为草稿内容，此后的修改未能找回；文件本身未被改动。$/);

    const nothingLeft = tampered((files) => {
      files['draft.json'] = strToU8('{"id":');
      files['versions/0001.json'] = strToU8('{}');
      files['versions/0002.json'] = strToU8('{}');
    });
    expect(() => parseGwdoc(nothingLeft, 'e3.gwdoc')).toThrow(/^无法打开“e3\.gwdoc”：条目“versions\/0001\.json”已损坏（校验值不符），该版本未导入。.*条目“draft\.json”已损坏（校验值不符）。文件中也没有可以读取的版本，无法恢复。文件未被改动。$/s);
  });

  it('refuses missing and unlisted entries', () => {
    expect(() => parseGwdoc(tampered((files) => delete files['datasets/0001.json']), 'f.gwdoc')).toThrow('缺少条目“datasets/0001.json”');
    expect(() => parseGwdoc(tampered((files) => (files['../evil.json'] = strToU8('{}'))), 'g.gwdoc')).toThrow('含有清单之外的条目“../evil.json”');
  });

  it('names the entry and field when the draft fails the document schema, and opens its newest version instead', () => {
    const file = structuredClone(contents);
    file.draft.document = { ...file.draft.document, header: { ...file.draft.document.header, copyNumber: '12' as unknown as null } };
    const read = parseGwdoc(gwdocBytes(file, at), 'h.gwdoc');
    expect(read.notes?.[0]).toMatch(/条目“draft\.json”内容不合规.*document\.header\.copyNumber/s);
    expect(read.draft.document).toEqual(contents.versions[1]!.document);
  });

  it('refuses a newer file format with an upgrade hint', () => {
    const newer = tampered((files) => {
      const manifest = JSON.parse(strFromU8(files['manifest.json'] as Uint8Array)) as { formatVersion: number };
      files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, formatVersion: 9 }));
    });
    expect(() => parseGwdoc(newer, 'i.gwdoc')).toThrow('“i.gwdoc”由更新版本的公文工作台保存（文件格式第 9 版');
  });

  it('refuses entries that declare huge inflated sizes before inflating them', () => {
    const zip = zipSync({ 'draft.json': strToU8('{}') });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const centralEntry = zip.findLastIndex((_, i) => i + 4 <= zip.length && view.getUint32(i, true) === 0x02014b50);
    view.setUint32(centralEntry + 24, 0xfffffff0, true);
    expect(() => parseGwdoc(zip, 'j.gwdoc')).toThrow('无法打开“j.gwdoc”：解压后超过 1 GB（到条目“draft.json”为止）');
  });

  it('takes an entry whose inflated bytes differ from what its size claims as damaged', () => {
    const zip = tampered(() => undefined);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const centralEntries = [...zip.keys()].filter((i) => i + 4 <= zip.length && view.getUint32(i, true) === 0x02014b50);
    const draftEntry = centralEntries.find((i) => strFromU8(zip.subarray(i + 46, i + 46 + view.getUint16(i + 28, true))) === 'draft.json') ?? -1;
    view.setUint32(draftEntry + 24, 10, true);
    const read = parseGwdoc(zip, 'k.gwdoc');
    expect(read.notes?.[0]).toBe('条目“draft.json”已损坏（校验值不符）。');
    expect(read.draft.document).toEqual(contents.versions[1]!.document);
  });
});
