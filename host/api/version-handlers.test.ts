import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { text } from '../../core/model/inline.ts';
import { sampleNotice } from '../../tests/support/sample-document.ts';
import { createHandlers } from '../create-handlers.ts';
import { builtinPackDir } from '../templates/builtin-pack.ts';

async function setUp() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gongwen-versions-'));
  const start = () => createHandlers({ version: '0.0.0', mode: 'web', workspaceDir: root, exportDir: path.join(root, '导出'), templatesDir: builtinPackDir });
  return { handlers: start(), restart: start };
}

const withFirstParagraph = (words: string) => {
  const base = sampleNotice();
  return { ...base, body: [{ type: 'paragraph' as const, content: text(words) }, ...base.body.slice(1)] };
};

describe('version calls', () => {
  it('saves named versions of what is current and lists them after a restart', async () => {
    const { handlers, restart } = await setUp();
    const draft = await handlers.createDraft({ document: withFirstParagraph('初稿第一段'), templateId: null });
    const first = await handlers.saveVersion({ draftId: draft.id, name: '征求意见稿' });
    expect(first.version).toMatchObject({ name: '征求意见稿', kind: 'named', sequence: 1 });
    expect(first.draft.revision).toBe(1);

    const second = await handlers.saveVersion({ draftId: draft.id, name: '送审稿', document: withFirstParagraph('修改后第一段'), expectedRevision: 1 });
    expect(second.draft.revision).toBe(2);
    expect((await handlers.getVersion({ versionId: second.version.id })).document.body[0]).toEqual({ type: 'paragraph', content: text('修改后第一段') });

    const after = restart();
    expect((await after.listVersions({ draftId: draft.id })).map((v) => v.name)).toEqual(['征求意见稿', '送审稿']);
  });

  it('refuses to save a version over a newer revision, and saves nothing', async () => {
    const { handlers } = await setUp();
    const draft = await handlers.createDraft({ document: sampleNotice(), templateId: null });
    await handlers.saveDraft({ id: draft.id, document: withFirstParagraph('别处保存的'), expectedRevision: 1 });
    await expect(handlers.saveVersion({ draftId: draft.id, name: '送审稿', document: withFirstParagraph('旧窗口的'), expectedRevision: 1 })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    expect(await handlers.listVersions({ draftId: draft.id })).toEqual([]);
  });

  it('restores a version as a new revision and keeps the replaced state as a version', async () => {
    const { handlers, restart } = await setUp();
    const draft = await handlers.createDraft({ document: withFirstParagraph('征求意见时的第一段'), templateId: null });
    const { version } = await handlers.saveVersion({ draftId: draft.id, name: '征求意见稿' });
    await handlers.saveDraft({ id: draft.id, document: withFirstParagraph('后来改坏的第一段'), expectedRevision: 1 });

    const restored = await handlers.restoreVersion({ draftId: draft.id, versionId: version.id });
    expect(restored.draft.revision).toBe(3);
    expect(restored.draft.document.body[0]).toEqual({ type: 'paragraph', content: text('征求意见时的第一段') });
    expect(restored.savedBefore).toMatchObject({ kind: 'beforeRestore', name: '恢复“征求意见稿”前的内容' });

    const after = restart();
    expect((await after.getDraft({ id: draft.id })).document.body[0]).toEqual({ type: 'paragraph', content: text('征求意见时的第一段') });
    const versions = await after.listVersions({ draftId: draft.id });
    expect(versions.map((v) => v.name)).toEqual(['征求意见稿', '恢复“征求意见稿”前的内容']);
    expect((await after.getVersion({ versionId: versions[1]!.id })).document.body[0]).toEqual({ type: 'paragraph', content: text('后来改坏的第一段') });
  });

  it('compares two versions, or a version with the current state, block by block', async () => {
    const { handlers } = await setUp();
    const draft = await handlers.createDraft({ document: withFirstParagraph('原来的第一段'), templateId: null });
    const { version } = await handlers.saveVersion({ draftId: draft.id, name: '征求意见稿' });
    const changed = withFirstParagraph('改写后的第一段');
    await handlers.saveDraft({ id: draft.id, document: { ...changed, body: [...changed.body, { type: 'paragraph', content: text('新增的一段') }] }, expectedRevision: 1 });

    const diff = await handlers.compareVersions({ draftId: draft.id, before: version.id, after: 'current' });
    expect(diff.identical).toBe(false);
    expect(diff.body.map((c) => c.kind)).toEqual(['changed', 'unchanged', 'unchanged', 'added']);
    expect(diff.body[0]).toMatchObject({ before: { text: '原来的第一段' }, after: { text: '改写后的第一段' } });
    expect(diff.body[3]).toMatchObject({ before: null, after: { text: '新增的一段' } });
    expect((await handlers.compareVersions({ draftId: draft.id, before: version.id, after: version.id })).identical).toBe(true);
  });

  it('refuses to restore or compare a version of another draft, in Chinese', async () => {
    const { handlers } = await setUp();
    const a = await handlers.createDraft({ document: sampleNotice(), templateId: null });
    const b = await handlers.createDraft({ document: sampleNotice(), templateId: null });
    const { version } = await handlers.saveVersion({ draftId: a.id, name: '送审稿' });
    await expect(handlers.restoreVersion({ draftId: b.id, versionId: version.id })).rejects.toThrow('版本“送审稿”不属于这份草稿，不能恢复到它。');
    await expect(handlers.compareVersions({ draftId: b.id, before: version.id, after: 'current' })).rejects.toThrow(/不属于这份草稿/);
    expect((await handlers.getDraft({ id: b.id })).revision).toBe(1);
  });
});
