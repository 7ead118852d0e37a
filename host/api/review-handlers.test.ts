import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineText } from '../../core/model/inline.ts';
import { reviewAsWord } from '../../tests/fixtures/review/word-review.ts';
import { sampleRedHeadNotice } from '../../tests/support/sample-document.ts';
import { createHandlers } from '../create-handlers.ts';
import { builtinPackDir } from '../templates/builtin-pack.ts';

async function setUp() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gongwen-review-'));
  const start = () => createHandlers({ version: '0.0.0', mode: 'web', workspaceDir: root, exportDir: path.join(root, '导出'), templatesDir: builtinPackDir });
  return { handlers: start(), restart: start };
}

const leader = { author: '李书记', date: '2024-03-06T10:15:00Z' };
const file = (bytes: Uint8Array) => ({ name: '审阅稿.docx', base64: Buffer.from(bytes).toString('base64') });

describe('review calls', () => {
  it('sends a 送审稿, reads the review back, keeps decisions and replies across a restart, and accepts into 修改稿', async () => {
    const { handlers, restart } = await setUp();
    const draft = await handlers.createDraft({ document: sampleRedHeadNotice(), templateId: null });
    const sent = await handlers.exportForReview({ draftId: draft.id });
    expect(sent.version.name).toBe('送审稿');
    expect(sent.export.fileName).toMatch(/（送审稿）\.docx$/);
    const reviewed = reviewAsWord(new Uint8Array(await readFile(sent.export.path)), leader, [
      { kind: 'comment', on: '坚持问题导向', text: '此处请补充具体目标。' },
      { kind: 'insert', after: '逐项建立台账', text: '、实行销号管理' },
      { kind: 'rewrite', from: '主要负责同志亲自抓', to: '主要负责同志亲自抓、负总责' },
    ]);
    const review = await handlers.importReview({ draftId: draft.id, file: file(reviewed) });
    expect(review).toMatchObject({ versionName: '送审稿', anchored: true, appliedVersion: null });
    expect(review.items.map((i) => [i.kind, i.location?.section, i.decision])).toEqual([
      ['insertion', '二、主要任务', 'pending'],
      ['comment', '一、总体要求', 'pending'],
      ['edit', '三、工作要求', 'pending'],
    ]);

    const comment = review.items.find((i) => i.kind === 'comment')!;
    await handlers.updateReview({ draftId: draft.id, updates: [{ id: comment.id, reply: '已补充。', resolved: true }] });
    await handlers.updateReview({ draftId: draft.id, updates: review.items.filter((i) => i.kind !== 'comment').map((i) => ({ id: i.id, decision: 'accepted' as const })) });
    const again = restart();
    expect((await again.getReview({ draftId: draft.id }))?.items.find((i) => i.id === comment.id)).toMatchObject({ resolved: true, replies: [{ text: '已补充。' }] });

    const result = await again.applyReview({ draftId: draft.id, versionName: '修改稿' });
    expect(result.problems).toEqual([]);
    expect(result.version).toMatchObject({ name: '修改稿', note: '接受李书记的审阅修改 2 处' });
    const words = result.draft.document.body.map((b) => (b.type === 'heading' ? inlineText(b.runIn ?? []) : b.type === 'paragraph' ? inlineText(b.content) : '')).join('');
    expect(words).toContain('逐项建立台账、实行销号管理');
    expect(words).toContain('亲自抓、负总责');
    expect((await again.listVersions({ draftId: draft.id })).map((v) => v.name)).toEqual(['送审稿', '修改稿']);
    await expect(again.applyReview({ draftId: draft.id, versionName: '修改稿' })).rejects.toThrow('已接受为版本“修改稿”');
  });

  it('refuses a reviewed file sent from another draft, in Chinese, and keeps the stored review', async () => {
    const { handlers } = await setUp();
    const one = await handlers.createDraft({ document: sampleRedHeadNotice(), templateId: null });
    const other = await handlers.createDraft({ document: sampleRedHeadNotice(), templateId: null });
    const sent = await handlers.exportForReview({ draftId: other.id });
    const reviewed = reviewAsWord(new Uint8Array(await readFile(sent.export.path)), leader, []);
    await expect(handlers.importReview({ draftId: one.id, file: file(reviewed) })).rejects.toThrow(/这份审阅稿不是从草稿“.*”导出的/);
    expect(await handlers.getReview({ draftId: one.id })).toBeNull();
    await expect(handlers.importReview({ draftId: one.id, file: { name: '坏文件.docx', base64: Buffer.from('not a zip').toString('base64') } })).rejects.toThrow('无法读取审阅稿“坏文件.docx”');
  });
});
