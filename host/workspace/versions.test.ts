import { describe, expect, it } from 'vitest';
import { createBlankDocument, type GongwenDocument } from '../../core/model/document.ts';
import { text } from '../../core/model/inline.ts';
import { createDraft, getDraft, saveDraft } from './drafts.ts';
import { openTestWorkspace } from './test-workspace.ts';
import { compareVersions, createVersion, getVersion, keepVersion, listVersions, restoreVersion } from './versions.ts';

const withBody = (words: string[]): GongwenDocument => ({
  ...createBlankDocument('通知', '2024-03-05'),
  title: '关于开展专项检查的通知',
  body: words.map((w) => ({ type: 'paragraph' as const, content: text(w) })),
});

describe('named versions', () => {
  it('snapshots 征求意见稿 and 送审稿, lists them in order, and they survive a restart', () => {
    const ws = openTestWorkspace();
    const draft = createDraft(ws, { document: withBody(['第一段']) });
    const comment = createVersion(ws, { draftId: draft.id, name: '征求意见稿', note: '发各乡镇征求意见' });
    saveDraft(ws, { id: draft.id, document: withBody(['第一段（已吸收意见）']) });
    const review = createVersion(ws, { draftId: draft.id, name: '送审稿' });
    saveDraft(ws, { id: draft.id, document: withBody(['第一段（领导修改）']) });
    ws.close();

    const reopened = openTestWorkspace(ws.folder);
    expect(listVersions(reopened, draft.id).map((v) => [v.sequence, v.name, v.kind, v.note])).toEqual([
      [1, '征求意见稿', 'named', '发各乡镇征求意见'],
      [2, '送审稿', 'named', null],
    ]);
    expect(getVersion(reopened, comment.id).document).toEqual(withBody(['第一段']));
    expect(getVersion(reopened, review.id).document).toEqual(withBody(['第一段（已吸收意见）']));
    reopened.close();
  });

  it('keeps versions immutable even against direct SQL', () => {
    const ws = openTestWorkspace();
    const draft = createDraft(ws, { document: withBody(['甲']) });
    const version = createVersion(ws, { draftId: draft.id, name: '定稿' });
    expect(() => ws.db.prepare('UPDATE draft_versions SET name = ? WHERE id = ?').run('改名', version.id)).toThrow(/定名版本不可修改/);
    expect(() => ws.db.prepare('DELETE FROM draft_versions WHERE id = ?').run(version.id)).toThrow(/定名版本不可删除/);
    ws.close();
  });

  it('refuses an empty version name in Chinese', () => {
    const ws = openTestWorkspace();
    const draft = createDraft(ws, { document: withBody(['甲']) });
    expect(() => createVersion(ws, { draftId: draft.id, name: '  ' })).toThrow(/版本名称不能为空/);
    expect(listVersions(ws, draft.id)).toEqual([]);
    ws.close();
  });

  it('keeps a given state as a named version and leaves the draft and its revision as they are', () => {
    const ws = openTestWorkspace();
    const draft = createDraft(ws, { document: withBody(['原稿']) });
    saveDraft(ws, { id: draft.id, document: withBody(['别处保存的改稿']) });
    const kept = keepVersion(ws, { draftId: draft.id, name: '意外关闭前的修改', note: '意外关闭前未保存的内容', document: withBody(['原稿', '意外关闭前写下的一段']) });
    expect(kept).toMatchObject({ sequence: 1, kind: 'named', name: '意外关闭前的修改' });
    expect(getVersion(ws, kept.id).document).toEqual(withBody(['原稿', '意外关闭前写下的一段']));
    expect(getDraft(ws, draft.id)).toMatchObject({ revision: 2, document: withBody(['别处保存的改稿']) });
    expect(() => keepVersion(ws, { draftId: 'no-such-draft', name: '意外关闭前的修改', document: withBody(['甲']) })).toThrow(/找不到/);
    ws.close();
  });

  it('restores an old version as the new current state and keeps what was current as a version', () => {
    const ws = openTestWorkspace();
    const draft = createDraft(ws, { document: withBody(['原稿']) });
    const first = createVersion(ws, { draftId: draft.id, name: '征求意见稿' });
    saveDraft(ws, { id: draft.id, document: withBody(['改稿']) });
    const result = restoreVersion(ws, { draftId: draft.id, versionId: first.id });
    expect(result.draft.revision).toBe(3);
    expect(getDraft(ws, draft.id).document).toEqual(withBody(['原稿']));
    expect(result.savedBefore).toMatchObject({ sequence: 2, kind: 'beforeRestore', name: '恢复“征求意见稿”前的内容' });
    expect(getVersion(ws, result.savedBefore.id).document).toEqual(withBody(['改稿']));
    expect(listVersions(ws, draft.id)).toHaveLength(2);
    ws.close();
  });

  it('compares two versions, or a version with the current state', () => {
    const ws = openTestWorkspace();
    const draft = createDraft(ws, { document: withBody(['甲', '乙']) });
    const v1 = createVersion(ws, { draftId: draft.id, name: '征求意见稿' });
    saveDraft(ws, { id: draft.id, document: withBody(['甲', '乙改', '丙']) });
    const v2 = createVersion(ws, { draftId: draft.id, name: '送审稿' });
    expect(compareVersions(ws, { draftId: draft.id, before: v1.id, after: v2.id }).body.map((c) => c.kind)).toEqual(['unchanged', 'changed', 'added']);
    expect(compareVersions(ws, { draftId: draft.id, before: v2.id, after: 'current' }).identical).toBe(true);
    ws.close();
  });

  it('refuses to restore or compare a version of another draft', () => {
    const ws = openTestWorkspace();
    const a = createDraft(ws, { document: withBody(['甲']) });
    const b = createDraft(ws, { document: withBody(['乙']) });
    const vb = createVersion(ws, { draftId: b.id, name: '送审稿' });
    expect(() => restoreVersion(ws, { draftId: a.id, versionId: vb.id })).toThrow(/不属于这份草稿/);
    expect(getDraft(ws, a.id).revision).toBe(1);
    expect(listVersions(ws, a.id)).toEqual([]);
    expect(() => compareVersions(ws, { draftId: a.id, before: vb.id, after: 'current' })).toThrow(/不属于这份草稿/);
    ws.close();
  });
});
