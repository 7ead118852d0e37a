import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBlankDocument, type GongwenDocument } from '../../core/model/document.ts';
import { text } from '../../core/model/inline.ts';
import { createDraft, saveDraft } from './drafts.ts';
import { damagedDraftsFolder, openDraft } from './recover-draft.ts';
import { openTestWorkspace } from './test-workspace.ts';
import { createVersion, listVersions } from './versions.ts';

const withBody = (words: string): GongwenDocument => ({
  ...createBlankDocument('通知', '2024-03-05'),
  title: '关于开展专项检查的通知',
  body: [{ type: 'paragraph', content: text(words) }],
});

/** A draft with versions 征求意见稿 and 送审稿, then its stored content replaced by `damaged`. */
function damagedDraft(damaged: string) {
  const ws = openTestWorkspace();
  const draft = createDraft(ws, { document: withBody('征求意见时') });
  createVersion(ws, { draftId: draft.id, name: '征求意见稿' });
  saveDraft(ws, { id: draft.id, document: withBody('送审时') });
  createVersion(ws, { draftId: draft.id, name: '送审稿' });
  saveDraft(ws, { id: draft.id, document: withBody('送审后又改') });
  ws.db.prepare('UPDATE drafts SET document = ? WHERE id = ?').run(damaged, draft.id);
  const folder = path.dirname(ws.file);
  return { ws, id: draft.id, folder, asideFiles: () => readdirSync(path.join(folder, damagedDraftsFolder)) };
}

describe('opening a draft whose stored content cannot be read', () => {
  it.each([
    ['torn JSON', '{"formatVersion":1,"genre":"通'],
    ['content that is not a document', JSON.stringify({ ...withBody('x'), genre: '不存在的文种' })],
  ])('%s: opens from the newest version as a new revision, keeps the damaged content in a file and says from when', (_what, damaged) => {
    const { ws, id, folder, asideFiles } = damagedDraft(damaged);
    const opened = openDraft(ws, id);
    expect(opened.draft.document).toEqual(withBody('送审时'));
    expect(opened.draft.revision).toBe(4);
    expect(opened.notice).toMatch(/^草稿“关于开展专项检查的通知”在工作区中的内容已损坏，无法读取；已从 \d{4}年\d+月\d+日 \d\d:\d\d 的版本“送审稿”恢复，此后的修改未能找回。/);
    const [aside] = asideFiles();
    expect(aside).toMatch(new RegExp(`^${id}\\.corrupt-\\d{8}T\\d{6}Z\\.json$`));
    expect(opened.notice).toContain(`“${path.join(damagedDraftsFolder, aside ?? '')}”（未删除`);
    expect(readFileSync(path.join(folder, damagedDraftsFolder, aside ?? ''), 'utf8')).toBe(damaged);
    expect(listVersions(ws, id).map((v) => v.name)).toEqual(['征求意见稿', '送审稿']);
    // Opened again, it is an ordinary draft.
    expect(openDraft(ws, id)).toEqual({ draft: opened.draft });
    ws.close();
  });

  it('skips a version that cannot be read either', () => {
    const { ws, id } = damagedDraft('{');
    ws.db
      .prepare('INSERT INTO draft_versions (id, draft_id, sequence, name, kind, note, document, created_at) VALUES (?, ?, 3, ?, ?, NULL, ?, ?)')
      .run('bad-version', id, '定稿', 'named', '{"broken', ws.now());
    const opened = openDraft(ws, id);
    expect(opened.draft.document).toEqual(withBody('送审时'));
    expect(opened.notice).toContain('的版本“送审稿”恢复');
    ws.close();
  });

  it('with no readable version, says so and changes nothing', () => {
    const ws = openTestWorkspace();
    const draft = createDraft(ws, { document: withBody('甲') });
    ws.db.prepare('UPDATE drafts SET document = ? WHERE id = ?').run('{', draft.id);
    expect(() => openDraft(ws, draft.id)).toThrow(/不是有效的 JSON[\s\S]*这份草稿也没有可以读取的版本，无法恢复。/);
    expect(ws.db.prepare('SELECT document, revision FROM drafts WHERE id = ?').get(draft.id)).toEqual({ document: '{', revision: 1 });
    ws.close();
  });

  it('when the damaged content cannot be kept aside, restores nothing and says why', () => {
    const { ws, id, folder } = damagedDraft('{');
    writeFileSync(path.join(folder, damagedDraftsFolder), 'a file where the folder should be');
    expect(() => openDraft(ws, id)).toThrow(/可以从版本“送审稿”恢复，但损坏的内容未能先另存，因此没有改动/);
    expect(ws.db.prepare('SELECT document, revision FROM drafts WHERE id = ?').get(id)).toEqual({ document: '{', revision: 3 });
    ws.close();
  });
});
