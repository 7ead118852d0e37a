import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBlankDocument } from '../../core/model/document.ts';
import { createDraft, saveDraft } from '../../host/workspace/drafts.ts';
import { openKeptWorkspace } from '../../host/workspace/open-kept-workspace.ts';
import { workspaceFileName } from '../../host/workspace/open-workspace.ts';
import { createVersion } from '../../host/workspace/versions.ts';
import { expect, test } from './fixtures.ts';
import { startGongwenWeb } from './web-server-setup.ts';

test('a zero-filled workspace is restored from its automatic backup, the damaged file kept, and the writer told from when', async ({ page }) => {
  test.skip(process.env.E2E_TARGET === 'electron', 'the damaged workspace is prepared for a gongwen web of its own');
  const root = mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-recovery-'));
  const folder = path.join(root, 'workspace');
  const { workspace } = openKeptWorkspace(folder);
  createDraft(workspace, { document: { ...createBlankDocument('通知'), title: '关于备份前已写好的通知' } });
  workspace.close();
  // The backup was taken at opening, before the draft: take the draft into a fresh one.
  openKeptWorkspace(folder, { backups: { everyMs: 0, keep: 7 } }).workspace.close();
  const file = path.join(folder, workspaceFileName);
  writeFileSync(file, Buffer.alloc(readFileSync(file).length));

  const web = await startGongwenWeb(folder, path.join(root, 'exports'));
  try {
    await page.goto(web.url);
    const notice = page.getByRole('status', { name: '恢复提示' });
    await expect(notice).toContainText(/工作区数据库已损坏，已从 \d{4}年\d+月\d+日 \d{2}:\d{2} 的自动备份恢复/);
    await expect(notice).toContainText('workspace.sqlite.corrupt-');
    await expect(page.getByRole('button', { name: /关于备份前已写好的通知/ })).toBeVisible();
    await page.screenshot({ path: '/tmp/reliability-recovered.png' });
    expect(readdirSync(folder).filter((name) => name.startsWith('workspace.sqlite.corrupt-'))).toHaveLength(1);

    await notice.getByRole('button', { name: '知道了' }).click();
    await expect(notice).toBeHidden();
    await page.reload();
    await expect(page.getByRole('button', { name: /关于备份前已写好的通知/ })).toBeVisible();
    await expect(page.getByRole('status', { name: '恢复提示' })).toBeHidden();
  } finally {
    await web.stop();
  }
});

test('a draft whose stored content is damaged opens from its newest version, the damaged copy kept and the writer told from when', async ({ page }) => {
  test.skip(process.env.E2E_TARGET === 'electron', 'the damaged draft is prepared for a gongwen web of its own');
  const root = mkdtempSync(path.join(os.tmpdir(), 'gongwen-e2e-damaged-draft-'));
  const folder = path.join(root, 'workspace');
  const { workspace } = openKeptWorkspace(folder);
  const document = (words: string) => ({ ...createBlankDocument('通知'), title: '关于内容损坏测试的通知', body: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: words }] }] });
  const draft = createDraft(workspace, { document: document('送审稿里的正文。') });
  createVersion(workspace, { draftId: draft.id, name: '送审稿' });
  saveDraft(workspace, { id: draft.id, document: document('送审后又改的正文。') });
  workspace.db.prepare('UPDATE drafts SET document = ? WHERE id = ?').run('{"formatVersion":1,"gen', draft.id);
  workspace.close();

  const web = await startGongwenWeb(folder, path.join(root, 'exports'));
  try {
    await page.goto(web.url);
    await page.getByRole('button', { name: /关于内容损坏测试的通知/ }).click();
    await expect(page.getByRole('textbox', { name: '正文' })).toContainText('送审稿里的正文。');
    const notice = page.getByRole('region', { name: '导入提示' });
    await expect(notice).toContainText(/在工作区中的内容已损坏，无法读取；已从 \d{4}年\d+月\d+日 \d{2}:\d{2} 的版本“送审稿”恢复，此后的修改未能找回。/);
    await expect(notice).toContainText('damaged-drafts');
    await page.screenshot({ path: '/tmp/crash5-damaged-draft.png' });
    expect(readdirSync(path.join(folder, 'damaged-drafts'))).toHaveLength(1);
  } finally {
    await web.stop();
  }
});
