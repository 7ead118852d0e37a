import { describe, expect, it } from 'vitest';
import type { ApiArgs, ApiName, ApiResult } from '../../../../core/api/contract.ts';
import { createBlankDocument, type GongwenDocument } from '../../../../core/model/document.ts';
import { text } from '../../../../core/model/inline.ts';
import { ApiCallError } from '../../api/call-api.ts';
import { memoryStorage } from './memory-storage.ts';
import { findOffers, keptVersionName, restoreUnsaved, type CallApi } from './restore-unsaved.ts';
import { journalPrefix, writeJournal, type UnsavedJournal } from './unsaved-journal.ts';

const doc = (words: string): GongwenDocument => ({ ...createBlankDocument('通知', '2024-03-05'), title: '关于测试的通知', body: [{ type: 'paragraph', content: text(words) }] });

const journal = (over: Partial<UnsavedJournal> = {}): UnsavedJournal => ({
  format: 1,
  draftId: 'd1',
  baseRevision: 3,
  templateId: null,
  writtenAt: '2026-11-27T08:00:00.000Z',
  document: doc('意外关闭前写下的一句'),
  ...over,
});

/** A workspace of one draft behind the API, recording each call. */
function fakeApi(stored: { revision: number; document: GongwenDocument } | null, conflictOnSave = false) {
  const calls: [string, unknown][] = [];
  const meta = (revision: number) => ({ id: 'd1', title: '关于测试的通知', genre: '通知' as const, templateId: null, templateVersion: null, createdAt: '2026-11-27T07:00:00.000Z', updatedAt: '2026-11-27T09:00:00.000Z', revision });
  const call = (async (name: ApiName, ...args: ApiArgs<ApiName>) => {
    calls.push([name, args[0]]);
    if (name === 'getDraft') {
      if (!stored) throw new ApiCallError({ code: 'NOT_FOUND', message: '找不到该草稿。' });
      return { ...meta(stored.revision), document: stored.document };
    }
    if (name === 'saveDraft') {
      if (conflictOnSave) throw new ApiCallError({ code: 'CONFLICT', message: '草稿已在别处保存。' });
      return meta((stored?.revision ?? 0) + 1);
    }
    if (name === 'createDraft') return { ...meta(1), id: 'd2' };
    if (name === 'keepVersion') return { id: 'v1', draftId: 'd1', sequence: 1, name: keptVersionName, kind: 'named', note: null, createdAt: '2026-11-27T09:00:00.000Z' };
    throw new Error(`unexpected ${name}`);
  }) as CallApi;
  return { call, calls };
}

describe('restoring typing a crash kept from the workspace', () => {
  it('saves it over the draft as a new revision when nothing was saved since', async () => {
    const api = fakeApi({ revision: 3, document: doc('旧') });
    const restored = await restoreUnsaved(journal(), 'save', api.call);
    expect(api.calls).toEqual([['saveDraft', { id: 'd1', document: doc('意外关闭前写下的一句'), expectedRevision: 3 }]]);
    expect(restored.draft).toMatchObject({ revision: 4, document: doc('意外关闭前写下的一句') });
    expect(restored.notes[0]).toMatch(/^已恢复 2026-11-27 \d\d:00 意外关闭前未保存的修改，并已保存。$/);
  });

  it('keeps it beside a newer save as a named version and opens the draft as saved', async () => {
    const api = fakeApi({ revision: 5, document: doc('别处保存的') });
    const restored = await restoreUnsaved(journal(), 'keepBeside', api.call);
    expect(api.calls.map(([name]) => name)).toEqual(['keepVersion', 'getDraft']);
    expect(api.calls[0]?.[1]).toMatchObject({ draftId: 'd1', name: '意外关闭前的修改', document: doc('意外关闭前写下的一句') });
    expect(restored.draft.document).toEqual(doc('别处保存的'));
    expect(restored.notes[0]).toContain('已另存为版本“意外关闭前的修改”');
  });

  it('falls back to a version beside when a save lands between the offer and the answer', async () => {
    const api = fakeApi({ revision: 3, document: doc('旧') }, true);
    const restored = await restoreUnsaved(journal(), 'save', api.call);
    expect(api.calls.map(([name]) => name)).toEqual(['saveDraft', 'keepVersion', 'getDraft']);
    expect(restored.notes[0]).toContain('另存为版本');
  });

  it('stores typing of a draft never stored, or since deleted, as a new draft', async () => {
    const api = fakeApi(null);
    const blank = await restoreUnsaved(journal({ draftId: null, baseRevision: null, templateId: 'tpl' }), 'newDraft', api.call);
    expect(api.calls[0]).toEqual(['createDraft', { document: doc('意外关闭前写下的一句'), templateId: 'tpl' }]);
    expect(blank.draft).toMatchObject({ id: 'd2', document: doc('意外关闭前写下的一句') });
    expect(blank.notes[0]).toContain('已存入工作区');
    const gone = await restoreUnsaved(journal(), 'newDraft', api.call);
    expect(gone.notes[0]).toContain('原草稿已不在工作区中');
  });

  it('offers what the workspace lacks and quietly drops what it already holds', async () => {
    const storage = memoryStorage();
    writeJournal(storage, `${journalPrefix}held`, journal());
    writeJournal(storage, `${journalPrefix}blank`, journal({ draftId: null, baseRevision: null }));
    storage.setItem(`${journalPrefix}torn`, '{');
    const held = fakeApi({ revision: 4, document: doc('意外关闭前写下的一句') });
    const found = await findOffers(storage, held.call);
    expect(found.offers.map((offer) => [offer.key, offer.plan])).toEqual([[`${journalPrefix}blank`, 'newDraft']]);
    expect(found.notices).toHaveLength(1);
    expect(storage.getItem(`${journalPrefix}held`)).toBeNull();
  });

  it('keeps a journal for the next start when the host cannot say what it holds', async () => {
    const storage = memoryStorage();
    writeJournal(storage, `${journalPrefix}a`, journal());
    const down = (async () => {
      throw new ApiCallError({ code: 'IO_ERROR', message: '工作区暂时无法读取。' });
    }) as CallApi;
    expect((await findOffers(storage, down)).offers).toEqual([]);
    expect(storage.getItem(`${journalPrefix}a`)).not.toBeNull();
  });
});
