import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Distinguishes this run's drafts from any other spec's in the shared workspace. */
const tag = String(Date.now() % 1_000_000);

async function newDraft(page: Page, title: string, body: string) {
  await page.getByRole('button', { name: '新建空白通知' }).click();
  await page.getByLabel('标题').fill(title);
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.insertText(body);
  await expect(page.getByText(/已自动保存/)).toBeVisible();
  await page.getByRole('button', { name: '返回首页' }).click();
}

test('search finds a draft by a word in its body, marks it, and opens it', async ({ appPage: page }) => {
  await newDraft(page, `关于雁栖湖会务安排的通知${tag}`, `请各单位于会前报送参会名单，会场设在雁栖湖畔第${tag}会议室。`);
  await newDraft(page, `关于鹭岛调研安排的通知${tag}`, `调研组将前往鹭岛海滨第${tag}号码头，请做好接待。`);

  const search = page.getByRole('searchbox', { name: '搜索草稿' });
  await search.fill(`海滨第${tag}`);
  const results = page.getByRole('list', { name: '搜索结果' });
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(results).toContainText(`关于鹭岛调研安排的通知${tag}`);
  await expect(results).toContainText('通知 · 最后保存于');
  await expect(results.locator('mark')).toHaveText([`海滨第${tag}`]);

  // Two terms must both match: one in each draft finds neither.
  await search.fill(`雁栖湖 鹭岛 ${tag}`);
  await expect(page.getByText(/没有包含.*的草稿/)).toBeVisible();

  await search.fill(`雁栖湖畔第${tag}`);
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await search.press('Enter');
  await expect(page.getByLabel('标题')).toHaveValue(`关于雁栖湖会务安排的通知${tag}`);

  await page.getByRole('button', { name: '返回首页' }).click();
  await page.getByRole('searchbox', { name: '搜索草稿' }).fill(`鹭岛调研 ${tag}`);
  await expect(results.getByRole('listitem')).toHaveCount(1);
  await expect(page.locator('.template-thumb[data-state="drawn"]').first()).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/home.png' });
  await results.getByRole('button').first().click();
  await expect(page.getByLabel('标题')).toHaveValue(`关于鹭岛调研安排的通知${tag}`);
});

test('template cards draw their first sample page, only once scrolled into view', async ({ appPage: page }) => {
  const cards = page.locator('.template-card');
  await expect(cards.first().locator('.template-thumb')).toHaveAttribute('data-state', 'drawn');
  await expect(cards.first().locator('.preview-page')).toHaveCount(1);
  await expect(cards.first().locator('.preview-page')).not.toBeEmpty();
  const last = cards.last();
  await expect(last.locator('.template-thumb')).toHaveAttribute('data-state', 'waiting');
  await last.scrollIntoViewIfNeeded();
  await expect(last.locator('.template-thumb')).toHaveAttribute('data-state', 'drawn');
  await expect(last.locator('.preview-page')).toHaveCount(1);
  // The card's name is the template, not the text of its thumbnail.
  await expect(page.getByRole('button', { name: /^纪检监察建议书/ })).toHaveCount(1);

  await cards.nth(1).focus();
  await page.keyboard.press('ArrowRight');
  await expect(cards.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(cards.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.home-card:focus')).toHaveCount(1);
  await expect(cards.nth(1)).not.toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(cards.nth(1)).toBeFocused();
});

test('a draft saved as .gwdoc opens again as a new draft; a damaged file is refused with its name', async ({ appPage: page }, testInfo) => {
  await page.getByRole('button', { name: /^纪检监察建议书/ }).click();
  const title = `关于携带草稿测试的建议书${tag}`;
  await page.getByLabel('标题').fill(title);
  await page.getByRole('button', { name: '另存为 .gwdoc…' }).click();
  await expect(page.getByTestId('export-result')).toContainText(`${title}.gwdoc`);
  const file = (await page.getByTestId('export-path').textContent()) ?? '';
  await page.getByRole('button', { name: '返回首页' }).click();

  await page.getByLabel('打开 .gwdoc 文件…').setInputFiles(file);
  await expect(page.getByLabel('标题')).toHaveValue(title);
  await page.getByRole('button', { name: '返回首页' }).click();
  await page.getByRole('searchbox', { name: '搜索草稿' }).fill(`携带草稿测试的建议书${tag}`);
  await expect(page.getByRole('list', { name: '搜索结果' }).getByRole('listitem')).toHaveCount(2);

  const damaged = testInfo.outputPath('损坏的草稿.gwdoc');
  await writeFile(damaged, 'PK\u0003\u0004 这不是完整的 zip');
  await page.getByLabel('打开 .gwdoc 文件…').setInputFiles(damaged);
  await expect(page.getByRole('alert')).toContainText('无法打开“损坏的草稿.gwdoc”');
  await expect(page.getByRole('alert')).toContainText('文件未被改动');
});

test('F1 and the 帮助 button show every shortcut and the steps; Esc closes', async ({ appPage: page }) => {
  await expect(page.getByRole('heading', { name: '新建公文' })).toBeVisible();
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: '帮助' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('table', { name: '全局' })).toContainText('保存版本');
  await expect(help).toContainText('打印预览');
  await expect(help.getByRole('listitem')).toHaveText([/^新建/, /^填写/, /^导入台账/, /^检查/, /^导出/, /^批量生成/, /^模板包/]);
  await page.screenshot({ path: 'docs/screenshots/help.png' });
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.getByRole('button', { name: '帮助' }).click();
  await expect(help).toBeVisible();
  await help.getByRole('button', { name: '关闭' }).click();
  await expect(help).toBeHidden();
});

test('start to an interactive home screen', async ({ appPage: page }, testInfo) => {
  await expect(page.getByRole('heading', { name: '新建公文' })).toBeVisible();
  // A reload loads the page from nothing, like page.goto, and works on the Electron target too (it may not navigate away).
  const start = Date.now();
  await page.reload();
  await page.getByRole('button', { name: /^纪检监察建议书/ }).click({ trial: true });
  const ms = Date.now() - start;
  testInfo.annotations.push({ type: '首页可用耗时', description: `${ms} ms` });
  console.log(`首页可用耗时（载入页面 → 模板卡片可点击）：${ms} ms`);
  expect(ms).toBeLessThan(5_000);
});
