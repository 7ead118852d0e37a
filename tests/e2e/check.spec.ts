import { expect, test } from './fixtures.ts';

test('the 检查 panel flags half-width punctuation as the writer types, jumps to it, and clears when fixed', async ({ appPage: page }) => {
  await page.getByRole('button', { name: '新建空白通知' }).click();
  await page.getByLabel('发文机关').fill('中共示范县纪律检查委员会');
  await page.getByLabel('发文字号').fill('某纪发〔2024〕3号');
  await page.getByLabel('标题').fill('关于开展警示教育月活动的通知');
  await page.getByLabel('主送机关').fill('各乡镇纪委');
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.insertText('为深入推进全面从严治党,经研究决定开展警示教育月活动。');
  await page.getByLabel('署名').fill('中共示范县纪律检查委员会');

  const tab = page.getByRole('tab', { name: /检查/ });
  await tab.click();
  const panel = page.getByRole('region', { name: '检查结果' });
  const finding = panel.getByRole('button', { name: /半角|标点/ }).first();
  await expect(finding).toBeVisible();
  await expect(tab).toContainText(/\d/);

  await finding.click();
  await expect(page.locator('.body-editable > .jump-highlight')).toHaveCount(1);

  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('为深入推进全面从严治党，经研究决定开展警示教育月活动。');
  await expect(panel.getByRole('button', { name: /半角|标点/ })).toHaveCount(0);
});
