import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { sampleNotice } from '../tests/support/sample-document.ts';
import { createHandlers } from './create-handlers.ts';
import { builtinPackDir } from './templates/builtin-pack.ts';

async function setUp(revealFile?: (file: string) => void) {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gongwen-home-'));
  const exportDir = path.join(root, '导出');
  return { exportDir, handlers: createHandlers({ version: '0.0.0', mode: 'web', workspaceDir: path.join(root, 'ws'), exportDir, templatesDir: builtinPackDir, revealFile }) };
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('home handlers', () => {
  it('saves the open draft as a .gwdoc in the export folder, as the editor holds it, and opens it in another workspace', async () => {
    const reveal = vi.fn();
    const office = await setUp(reveal);
    const meta = await office.handlers.createDraft({ document: sampleNotice({ title: '关于报送廉政档案的通知' }), templateId: null });
    const current = sampleNotice({ title: '关于报送廉政档案的通知', addressees: ['各乡镇纪委（尚未自动保存）'] });
    const saved = await office.handlers.saveGwdoc({ draftId: meta.id, document: current });
    expect(saved.folder).toBe(office.exportDir);
    expect(saved.fileName).toBe('关于报送廉政档案的通知.gwdoc');
    expect(await office.handlers.revealExport({ exportId: saved.exportId })).toEqual({ shown: true });
    expect(reveal).toHaveBeenCalledWith(saved.path);

    const home = await setUp();
    const bytes = new Uint8Array(await readFile(saved.path));
    const opened = await home.handlers.openGwdoc({ name: saved.fileName, base64: base64(bytes) });
    expect(opened.notes).toEqual([]);
    expect(opened.draft.document).toEqual(current);
    expect((await home.handlers.listDrafts()).map((d) => d.id)).toEqual([opened.draft.id]);
    const found = await home.handlers.searchDrafts({ query: '尚未自动保存' });
    expect(found.hits.map((hit) => hit.id)).toEqual([opened.draft.id]);
  });

  it('refuses a .gwdoc whose draft was edited after saving and that holds no version to recover from, naming the entry, and adds nothing', async () => {
    const office = await setUp();
    const meta = await office.handlers.createDraft({ document: sampleNotice(), templateId: null });
    const saved = await office.handlers.saveGwdoc({ draftId: meta.id, document: sampleNotice() });
    const files = unzipSync(new Uint8Array(await readFile(saved.path)));
    files['draft.json'] = strToU8(strFromU8(files['draft.json'] as Uint8Array).replace('县纪委监委办公室', '县纪委监委秘书科'));

    const home = await setUp();
    await expect(home.handlers.openGwdoc({ name: '改过的.gwdoc', base64: base64(zipSync(files)) })).rejects.toThrow(
      '无法打开“改过的.gwdoc”：条目“draft.json”已损坏（校验值不符）。文件中也没有可以读取的版本，无法恢复。文件未被改动。',
    );
    await expect(home.handlers.openGwdoc({ name: '半截.gwdoc', base64: base64(new Uint8Array(await readFile(saved.path)).slice(0, 200)) })).rejects.toThrow(
      /无法打开“半截\.gwdoc”：zip 结构已损坏/,
    );
    expect(await home.handlers.listDrafts()).toEqual([]);
  });
});
