import { expect, test } from './fixtures.ts';

test('常用语: the template’s boilerplate goes in at the caret; a body selection saved as a phrase is found by search after a reload', async ({ appPage: page }) => {
  await page.getByRole('button', { name: /^纪检监察建议书/ }).click();
  await expect(page.getByLabel('标题')).toHaveValue(/纪检监察建议/);
  await page.getByRole('tab', { name: '常用语' }).click();
  const panel = page.getByRole('region', { name: '常用语' });
  await expect(panel.locator('.phrase-category').first()).toHaveText('纪检监察建议书');

  const body = page.getByRole('textbox', { name: '正文' });
  // Focus rather than click: a click in the middle of the body may land on a field chip and open its popover.
  await body.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await panel.getByRole('searchbox', { name: '搜索常用语' }).fill('异议');
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await panel.getByRole('button', { name: '插入“异议”' }).click();
  await expect(panel.getByRole('status')).toHaveText('已插入“异议”。');
  await expect(body.locator('p').last()).toHaveText('如有异议，可在收到本建议书之日起15日内书面提出。');
  await expect(page.locator('.side-panel')).toBeVisible();

  const own = `请各单位于每月5日前报送线索处置台账（测试${Date.now() % 100000}）`;
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(own);
  await page.keyboard.press('Shift+Home');
  await panel.getByRole('button', { name: '存为常用语' }).click();
  const form = panel.getByRole('form', { name: '存为常用语' });
  await expect(form.getByLabel('文字')).toHaveValue(own);
  await form.getByLabel('标题').fill('月报台账提醒');
  await form.getByLabel('分类').fill('案件监督管理');
  await panel.getByRole('searchbox', { name: '搜索常用语' }).fill('');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(panel.getByRole('status')).toHaveText('已保存“月报台账提醒”。');
  await expect(panel.getByText('我的 · 案件监督管理')).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/phrases.png' });

  // Reloading before the draft is saved would rightly offer its unsaved typing back.
  await expect(page.getByText(/已自动保存/)).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: '新建空白通知' }).click();
  await page.getByRole('tab', { name: '常用语' }).click();
  await panel.getByRole('searchbox', { name: '搜索常用语' }).fill('线索处置台账');
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByRole('listitem')).toContainText(own);

  await panel.getByRole('button', { name: '存为常用语' }).click();
  await expect(panel.getByRole('alert')).toHaveText('请先在正文中选中要保存的文字，再点“存为常用语”。');
});
