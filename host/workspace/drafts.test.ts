import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../core/model/document.ts';
import { text } from '../../core/model/inline.ts';
import { createDraft, getDraft, listDrafts, saveDraft } from './drafts.ts';
import { openTestWorkspace } from './test-workspace.ts';

const notice = (title: string) => ({ ...createBlankDocument('通知', '2024-03-05'), title });

describe('drafts', () => {
  it('creates, autosaves and lists drafts, and they survive closing the database', () => {
    const ws = openTestWorkspace();
    const draft = createDraft(ws, { document: notice('关于开展专项检查的通知'), templateId: 'notice-basic', templateVersion: '1.0.0' });
    expect(draft).toMatchObject({ title: '关于开展专项检查的通知', genre: '通知', revision: 1, templateId: 'notice-basic' });
    const edited = { ...draft.document, body: [{ type: 'paragraph' as const, content: text('为深入贯彻……') }] };
    const saved = saveDraft(ws, { id: draft.id, document: edited, expectedRevision: 1 });
    expect(saved.revision).toBe(2);
    expect(saved.updatedAt > draft.updatedAt).toBe(true);
    ws.close();

    const reopened = openTestWorkspace(ws.folder);
    expect(getDraft(reopened, draft.id).document).toEqual(edited);
    expect(listDrafts(reopened).map((d) => d.title)).toEqual(['关于开展专项检查的通知']);
    reopened.close();
  });

  it('refuses a document that fails the schema, naming the field, and keeps the stored one', () => {
    const ws = openTestWorkspace();
    const draft = createDraft(ws, { document: notice('通知一') });
    const bad = { ...draft.document, header: { ...draft.document.header, copyNumber: '12' } };
    expect(() => saveDraft(ws, { id: draft.id, document: bad })).toThrow(/草稿“通知一”的内容不符合公文格式.*header\.copyNumber.*份号/s);
    expect(getDraft(ws, draft.id).document).toEqual(draft.document);
    expect(() => createDraft(ws, { document: { title: '缺字段' } })).toThrow(/新草稿的内容不符合公文格式/);
    ws.close();
  });

  it('refuses a save based on an older revision (two windows on one draft)', () => {
    const ws = openTestWorkspace();
    const draft = createDraft(ws, { document: notice('通知二') });
    saveDraft(ws, { id: draft.id, document: notice('通知二（窗口甲）'), expectedRevision: 1 });
    expect(() => saveDraft(ws, { id: draft.id, document: notice('通知二（窗口乙）'), expectedRevision: 1 })).toThrow(/已在别处.*第 2 次保存/);
    expect(getDraft(ws, draft.id).title).toBe('通知二（窗口甲）');
    ws.close();
  });

  it('reports a row damaged on disk by the draft title instead of returning it', () => {
    const ws = openTestWorkspace();
    const draft = createDraft(ws, { document: notice('通知三') });
    ws.db.prepare('UPDATE drafts SET document = ? WHERE id = ?').run('{"formatVersion":1,"genre":"通知"', draft.id);
    expect(() => getDraft(ws, draft.id)).toThrow(/草稿“通知三”在工作区中的内容已损坏/);
    ws.db.prepare('UPDATE drafts SET document = ? WHERE id = ?').run('{"formatVersion":1}', draft.id);
    expect(() => getDraft(ws, draft.id)).toThrow(/草稿“通知三”在工作区中的内容不符合公文格式/);
    ws.close();
  });

  it('says which draft is missing', () => {
    const ws = openTestWorkspace();
    expect(() => getDraft(ws, 'nope')).toThrow(/找不到草稿（编号 nope）/);
    ws.close();
  });
});
