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

test('the indicator never says 已自动保存 while typed words are still waiting to be read into the draft', async ({ appPage: page }) => {
  await page.getByRole('button', { name: '新建空白通知' }).click();
  const title = `关于保存提示测试的通知${Date.now() % 100000}`;
  await page.getByLabel('标题').fill(title);
  const body = page.getByRole('textbox', { name: '正文' });
  await body.click();
  await expect(page.getByText(/已自动保存/)).toBeVisible();

  // The body hands typing over a frame after it is drawn: hold the frames back so that moment is kept open.
  await page.evaluate(() => {
    const frames = window as unknown as { heldFrame: typeof requestAnimationFrame };
    frames.heldFrame = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
  });
  await page.keyboard.insertText('尚未交给草稿的一句。');
  await expect(page.getByText('正在保存…')).toBeVisible();
  await page.waitForTimeout(1500);
  await expect(page.getByText('正在保存…')).toBeVisible();

  await page.evaluate(() => {
    window.requestAnimationFrame = (window as unknown as { heldFrame: typeof requestAnimationFrame }).heldFrame;
  });
  // A click elsewhere takes the held typing at once.
  await page.getByLabel('标题').click();
  await expect(page.getByText(/已自动保存/)).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await expect(page.getByRole('textbox', { name: '正文' })).toContainText('尚未交给草稿的一句。');
});
