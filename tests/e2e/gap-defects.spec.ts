import { writeFile } from 'node:fs/promises';
import type { Page, TestInfo } from '@playwright/test';
import { gwdocBytes } from '../../host/workspace/gwdoc-file.ts';
import { inlinesWithGaps } from '../../core/gaps/gap-inlines.ts';
import { createBlankDocument, type GongwenDocument } from '../../core/model/document.ts';
import { expect, test } from './fixtures.ts';
import { body, pasteHtml } from './body.ts';

const unfilled = (page: Page) => body(page).locator('.field-chip.gap.unfilled');

test('a name confirmed as anonymised on purpose stays text when pasted again; another name still becomes a chip', async ({ appPage: page }) => {
  await page.getByLabel('粘贴草稿').fill(['关于会议情况的报告', '', '张某某同志在会上作了检讨。'].join('\n'));
  await page.getByRole('button', { name: '识别并排版' }).click();
  await expect(unfilled(page)).toHaveText(['某某']);
  await page.getByRole('tab', { name: /检查/ }).click();
  const panel = page.getByRole('region', { name: '检查结果' });
  await panel.getByRole('listitem').filter({ hasText: '某某同志' }).getByRole('button', { name: '确认为有意隐去' }).click();
  await expect(unfilled(page)).toHaveCount(0);

  await expect(page.getByText(/已自动保存/)).toBeVisible();
  await body(page).getByText('在会上作了检讨。').click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await pasteHtml(page, '<p>张某某同志表示接受批评，李某某同志作了补充。</p>');
  await expect(body(page)).toContainText('张某某同志表示接受批评，李某某同志作了补充。');
  await expect(unfilled(page)).toHaveText(['某某']);
  await expect(body(page).locator('p').filter({ hasText: '接受批评' }).locator('.field-chip')).toHaveCount(1);
});

/** A notice with a gap before, inside and after a table, opened from a .gwdoc; the table's chip. */
async function openTableDraft(page: Page, testInfo: TestInfo) {
  const cell = (text: string) => ({ content: inlinesWithGaps(text) });
  const document: GongwenDocument = {
    ...createBlankDocument('通知', '2024-03-05'),
    title: '关于报送整改情况的通知',
    body: [
      { type: 'paragraph', content: inlinesWithGaps('请下列单位于月底前报送整改情况：') },
      { type: 'table', headerRows: 1, columnWidths: [2, 2], rows: [{ cells: [cell('问题'), cell('责任单位')] }, { cells: [cell('公车私用'), cell('【责任单位】')] }] },
      { type: 'paragraph', content: inlinesWithGaps('联系人：【联系人】。') },
    ],
  };
  const now = '2024-03-05T08:00:00.000Z';
  const draft = { id: 'gap-table-draft', title: document.title, genre: document.genre, templateId: null, templateVersion: null, createdAt: now, updatedAt: now, revision: 1, document };
  const file = testInfo.outputPath('表格空缺.gwdoc');
  await writeFile(file, gwdocBytes({ draft, versions: [], datasets: [] }, now));
  await page.getByLabel('打开 .gwdoc 文件…').setInputFiles(file);
  await expect(page.getByLabel('标题')).toHaveValue('关于报送整改情况的通知');
  const tableChip = body(page).locator('.body-table [data-field-key="责任单位"]');
  await expect(tableChip).toHaveText('【责任单位】');
  await expect(page.getByText(/已自动保存/)).toBeVisible();

  return tableChip;
}

test('跳到此处 lands on a gap in a table cell, and on the body gap after the table; F4 from the title selects the body gaps', async ({ appPage: page }, testInfo) => {
  const tableChip = await openTableDraft(page, testInfo);

  // F4 with the caret in the title goes to the body's first gap field; Shift+F4 to its last. From the export warning 跳到此处 reaches the table's chip.
  await page.getByLabel('标题').focus();
  await page.keyboard.press('F4');
  await expect(body(page).locator('.field-chip.selected')).toHaveText('【联系人】');
  await page.getByLabel('标题').focus();
  await page.keyboard.press('Shift+F4');
  await expect(body(page).locator('.field-chip.selected')).toHaveText('【联系人】');

  await page.getByRole('button', { name: '导出 Word' }).click();
  const warning = page.getByRole('dialog', { name: '还有 2 处待填的空缺' });
  await expect(warning).toContainText('正文第 2 段表格第 2 行第 2 格');
  await page.screenshot({ path: '/tmp/binding5-table-warning.png' });
  await warning.getByRole('button', { name: '跳到此处：责任单位' }).click();
  await expect(warning).toBeHidden();
  await expect(tableChip).toBeFocused();
  await page.keyboard.press('Enter');
  const popover = page.getByRole('dialog', { name: '待填：责任单位' });
  await expect(popover.getByLabel('数值')).toBeFocused();
  await page.keyboard.insertText('县机关事务中心');
  await page.keyboard.press('Enter');
  await expect(body(page).locator('.body-table')).toContainText('县机关事务中心');

  await page.getByRole('button', { name: '导出 Word' }).click();
  const last = page.getByRole('dialog', { name: '还有 1 处待填的空缺' });
  await last.getByRole('button', { name: '跳到此处：联系人' }).click();
  await expect(body(page).locator('.field-chip.selected')).toHaveText('【联系人】');
  await page.screenshot({ path: '/tmp/binding5-table-jump.png' });
});

test('F4 walks into a table: its cell chip takes focus between the gaps before and after, Shift+F4 comes back, Enter opens it', async ({ appPage: page }, testInfo) => {
  const tableChip = await openTableDraft(page, testInfo);
  await body(page).getByText('请下列单位于月底前报送整改情况').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F4');
  await expect(tableChip).toBeFocused();
  await page.keyboard.press('F4');
  await expect(body(page).locator('.field-chip.selected')).toHaveText('【联系人】');
  await page.keyboard.press('F4');
  await expect(tableChip).toBeFocused();
  await page.keyboard.press('Shift+F4');
  await expect(body(page).locator('.field-chip.selected')).toHaveText('【联系人】');
  await page.keyboard.press('Shift+F4');
  await expect(tableChip).toBeFocused();
  await expect(body(page).locator('.field-chip.selected')).toHaveCount(0);
  await page.keyboard.press('Enter');
  const popover = page.getByRole('dialog', { name: '待填：责任单位' });
  await expect(popover.getByLabel('数值')).toBeFocused();
  await page.keyboard.insertText('县财政局');
  await page.keyboard.press('Enter');
  await expect(body(page).locator('.body-table')).toContainText('县财政局');
  await page.screenshot({ path: '/tmp/caret-f4-table.png' });
});
