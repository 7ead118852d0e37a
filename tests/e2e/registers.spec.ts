import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** A 机关代字 no other spec (or earlier run on the same workspace) uses: digits are not allowed in one. */
function uniquePrefix(): string {
  const stems = '甲乙丙丁戊己庚辛壬癸';
  const n = Date.now();
  return `某${stems[n % 10]}${stems[Math.floor(n / 10) % 10]}${stems[Math.floor(n / 100) % 10]}${stems[Math.floor(n / 1000) % 10]}发`;
}

async function finaliseNewDraft(page: Page, title: string, prefix: string): Promise<string> {
  await page.getByRole('button', { name: '返回首页' }).click();
  await page.getByRole('button', { name: '新建空白通知' }).click();
  await page.getByLabel('标题').fill(title);
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.insertText('定稿测试正文。');
  await expect(page.getByText(/已自动保存/)).toBeVisible();
  await page.getByRole('button', { name: '取号 / 定稿' }).click();
  const dialog = page.getByRole('dialog', { name: '取号与定稿' });
  await dialog.getByLabel('机关代字').fill(prefix);
  await dialog.getByLabel('年份').fill('2026');
  await dialog.getByLabel('经办人').fill('张三');
  const proposed = (await dialog.getByTestId('proposed-number').filter({ hasText: prefix }).textContent()) ?? '';
  await dialog.getByRole('button', { name: '定稿并登记文号' }).click();
  await expect(dialog.getByRole('status')).toContainText(`已定稿：文号“${proposed}”已登记并写入版头`);
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(page.getByLabel('发文字号')).toHaveValue(proposed);
  await page.getByRole('tab', { name: '版本' }).click();
  await expect(page.getByRole('list', { name: '已保存的版本' })).toContainText('定稿');
  return proposed;
}

test('finalising two drafts gives consecutive numbers in the 文号 register, which searches and exports to Excel', async ({ appPage: page, exportDir }) => {
  const prefix = uniquePrefix();
  const stamp = Date.now() % 100000;
  const first = await finaliseNewDraft(page, `关于文号测试甲的通知${stamp}`, prefix);
  const second = await finaliseNewDraft(page, `关于文号测试乙的通知${stamp}`, prefix);
  expect([first, second]).toEqual([`${prefix}〔2026〕1号`, `${prefix}〔2026〕2号`]);

  // A second 定稿 of the same draft is refused and takes no number.
  await page.getByRole('button', { name: '取号 / 定稿' }).click();
  const again = page.getByRole('dialog', { name: '取号与定稿' });
  await expect(again.getByTestId('proposed-number')).toHaveText(`${prefix}〔2026〕3号`);
  await again.getByLabel('经办人').fill('张三');
  await again.getByRole('button', { name: '定稿并登记文号' }).click();
  await expect(again.getByRole('alert')).toContainText(`已有文号“${second}”，不能再分配`);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: '登记簿', exact: true }).click();
  const table = page.getByRole('table', { name: '文号登记簿' });
  await page.getByLabel('搜索文号登记簿').fill(prefix);
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table.locator('tbody tr').nth(0)).toContainText(first);
  await expect(table.locator('tbody tr').nth(0)).toContainText(`关于文号测试甲的通知${stamp}`);
  await expect(table.locator('tbody tr').nth(1)).toContainText(second);
  await expect(table.locator('tbody tr').nth(1)).toContainText('张三');
  await page.getByLabel('搜索文号登记簿').fill(`测试乙的通知${stamp}`);
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('tbody tr')).toContainText(second);

  await page.getByRole('button', { name: '导出文号登记簿 Excel' }).click();
  const result = page.getByTestId('register-export-result');
  await expect(result).toContainText(/文号登记簿.*\.xlsx/);
  const fileName = (await result.locator('strong').textContent()) ?? '';
  const book = XLSX.read(await readFile(path.join(exportDir, fileName)));
  const rows = XLSX.utils.sheet_to_json<Record<string, string | number>>(book.Sheets['文号登记簿'] as XLSX.WorkSheet);
  expect(rows).toEqual([expect.objectContaining({ 文号: second, 标题: `关于文号测试乙的通知${stamp}`, 登记人: '张三', 方式: '自动分配' })]);

  // Voiding keeps the number in the register with who and why.
  await table.getByRole('button', { name: `作废 ${second}` }).click();
  const voiding = page.getByRole('dialog', { name: `作废文号“${second}”` });
  await voiding.getByLabel('原因').fill('发文取消');
  await voiding.getByRole('button', { name: '作废' }).click();
  await expect(table.locator('tbody tr')).toContainText('已作废（张三：发文取消）');

  // The register is read from the workspace, so it is all still there after a reload.
  await page.reload();
  await page.getByRole('button', { name: '登记簿', exact: true }).click();
  await page.getByLabel('搜索文号登记簿').fill(prefix);
  await expect(table.locator('tbody tr')).toHaveCount(2);
});

test('the 发文登记簿 marks a reply past its due date as overdue, records the reply, and exports', async ({ appPage: page, exportDir }) => {
  const stamp = Date.now() % 100000;
  const recipient = `县交通运输局${stamp}`;
  await page.getByRole('button', { name: '登记簿', exact: true }).click();
  await page.getByRole('button', { name: '登记', exact: true }).click();
  const add = page.getByRole('dialog', { name: '登记建议书/整改通知书' });
  await add.getByLabel('文号').fill('某纪建〔2026〕3号');
  await add.getByLabel('标题').fill(`关于加强工程项目监管的纪检监察建议书${stamp}`);
  await add.getByLabel('受文单位').fill(recipient);
  await add.getByLabel('印发日期').fill('2026-01-05');
  await add.getByLabel('送达日期（未送达可不填）').fill('2026-01-06');
  await add.getByLabel('回复期限（自送达之日起）').fill('30');
  await expect(add.getByLabel('计算方式')).toHaveValue('calendar');
  await add.getByRole('button', { name: '登记' }).click();
  await expect(add).toBeHidden();

  const table = page.getByRole('table', { name: '发文登记簿' });
  await page.getByLabel('搜索发文登记簿').fill(recipient);
  const row = table.locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveClass(/overdue/);
  await expect(row).toContainText('2026-02-05');
  await expect(row).toContainText('逾期');
  await expect(row).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await expect(row.locator('td').first()).toHaveCSS('background-color', 'rgb(253, 236, 234)');
  await page.screenshot({ path: 'docs/screenshots/registers.png', fullPage: true });

  await page.getByRole('button', { name: '导出发文登记簿 Excel' }).click();
  const result = page.getByTestId('register-export-result').last();
  await expect(result).toContainText(/发文登记簿.*\.xlsx/);
  const book = XLSX.read(await readFile(path.join(exportDir, (await result.locator('strong').textContent()) ?? '')));
  const rows = XLSX.utils.sheet_to_json<Record<string, string>>(book.Sheets['发文登记簿'] as XLSX.WorkSheet);
  expect(rows).toEqual([expect.objectContaining({ 受文单位: recipient, 回复截止日期: '2026-02-05', 状态: expect.stringMatching(/^逾期/) })]);

  await row.getByRole('button', { name: /^登记回复/ }).click();
  const reply = page.getByRole('dialog', { name: /^登记回复/ });
  await reply.getByLabel('收到回复日期').fill('2026-02-10');
  await reply.getByRole('button', { name: '登记' }).click();
  await expect(row).toContainText('已回复');
  await expect(row).not.toHaveClass(/overdue/);
});
