import { expect, test } from './fixtures.ts';

test('what the writer types is autosaved to the workspace and comes back after a reload', async ({ appPage: page }) => {
  await page.getByRole('button', { name: '新建空白通知' }).click();
  const title = `关于自动保存测试的通知${Date.now() % 100000}`;
  await page.getByLabel('标题').fill(title);
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.insertText('这段正文应当在重新打开后仍然存在。');
  await expect(page.getByText(/已自动保存/)).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await expect(page.getByLabel('标题')).toHaveValue(title);
  await expect(page.getByRole('textbox', { name: '正文' })).toContainText('这段正文应当在重新打开后仍然存在。');

  await page.getByLabel('标题').fill(`${title}（修改）`);
  await page.getByRole('button', { name: '返回首页' }).click();
  await expect(page.getByRole('button', { name: new RegExp(`${title}（修改）`) })).toBeVisible();
});
