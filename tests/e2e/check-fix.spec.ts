import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

async function newDraft(page: Page, title: string, body: string) {
  await page.getByRole('button', { name: '新建空白通知' }).click();
  await page.getByLabel('发文机关').fill('中共示范县纪律检查委员会');
  await page.getByLabel('发文字号').fill('某纪发〔2024〕3号');
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('主送机关').fill('各乡镇纪委');
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.insertText(body);
  await page.getByLabel('署名').fill('中共示范县纪律检查委员会');
  const tab = page.getByRole('tab', { name: /检查/ });
  await tab.click();
  return { tab, panel: page.getByRole('region', { name: '检查结果' }) };
}

/** The number on the 检查 tab; the badge disappears at zero. */
const count = async (tab: ReturnType<Page['getByRole']>) => {
  const badge = tab.locator('.tab-count');
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
};

test('修正 fixes a half-width comma between Chinese characters, the count drops, and 撤销 brings it back', async ({ appPage: page }) => {
  const { tab, panel } = await newDraft(page, '关于开展修正测试活动的通知', '为深入推进全面从严治党,经研究决定开展警示教育月活动。');
  const finding = panel.getByRole('listitem').filter({ hasText: '半角标点' });
  await expect(finding).toHaveCount(1);
  const before = await count(tab);
  await page.screenshot({ path: 'docs/screenshots/check.png' });

  await finding.getByRole('button', { name: '修正' }).click();
  await expect(panel.getByRole('status')).toContainText('已修正 1 处');
  await expect(page.getByRole('textbox', { name: '正文' })).toContainText('全面从严治党，经研究');
  await expect(panel.getByRole('listitem').filter({ hasText: '半角标点' })).toHaveCount(0);
  await expect.poll(() => count(tab)).toBe(before - 1);

  // The jump from a finding still lands in the body.
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.press('End');
  await page.keyboard.insertText('各单位要高度重视,认真组织。');
  await panel.getByRole('listitem').filter({ hasText: '半角标点' }).getByRole('button', { name: /^错误/ }).click();
  await expect(page.locator('.body-editable > .jump-highlight')).toHaveCount(1);

  await panel.getByRole('listitem').filter({ hasText: '半角标点' }).getByRole('button', { name: '修正' }).click();
  await expect(panel.getByRole('status')).toContainText('已修正 1 处');
  await panel.getByRole('status').getByRole('button', { name: '撤销' }).click();
  await expect(page.getByRole('textbox', { name: '正文' })).toContainText('高度重视,认真组织');
  await expect(panel.getByRole('listitem').filter({ hasText: '半角标点' })).toHaveCount(1);
});

test('全部安全修正 fixes punctuation, dates, ellipses, dashes and ordinals at once', async ({ appPage: page }) => {
  const { tab, panel } = await newDraft(page, '关于开展全部修正测试的通知', '(一)会议于2024-3-5召开,要求各单位认真落实--不得走过场...');
  const fixAll = panel.getByRole('button', { name: /全部安全修正（\d+ 处）/ });
  await expect(fixAll).toBeVisible();
  await expect(panel.getByRole('listitem').filter({ hasText: '省略号' })).toHaveCount(1);
  const before = await count(tab);
  await fixAll.click();
  await expect(page.getByRole('textbox', { name: '正文' })).toContainText('（一）会议于2024年3月5日召开，要求各单位认真落实——不得走过场……');
  await expect(panel.getByRole('status')).toContainText(/已修正 \d+ 处/);
  await expect(fixAll).toHaveCount(0);
  await expect(panel.getByRole('button', { name: '修正' })).toHaveCount(0);
  await expect.poll(() => count(tab)).toBeLessThan(before);
});
