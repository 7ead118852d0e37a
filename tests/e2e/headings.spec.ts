import { expect, test } from './fixtures.ts';
import { body } from './body.ts';
import type { Locator, Page } from '@playwright/test';


/** Puts the caret at the end of a block's text and lets the editor hear of it before the next key. */
async function clickEnd(target: Locator) {
  const box = (await target.boundingBox())!;
  await target.click({ position: { x: box.width - 1, y: box.height - 8 } });
  await target.page().evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/** Chinese typed the way an IME delivers it: a composition, then the committed words. */
async function imeCommit(page: Page, words: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'x', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.insertText', { text: words });
  await cdp.detach();
}

/** How far below the ordinal the heading's first words start: 0 when they share a line. */
const firstWordsDrop = (heading: Locator) =>
  heading.evaluate((element) => {
    const ordinal = element.querySelector(':scope > .body-ordinal')!.getBoundingClientRect();
    const words = element.querySelector(':scope > :not(.body-ordinal)')!.getClientRects()[0]!;
    return Math.abs(words.top + words.height / 2 - (ordinal.top + ordinal.height / 2));
  });

test('a level-3 heading’s ordinal stays on the line of its words, whether they are typed or a long ledger value', async ({ appPage: page }) => {
  await page
    .getByRole('button', { name: /^问题整改通知书/ })
    .first()
    .click();
  const fromLedger = body(page).locator('.body-heading-3');
  await expect(fromLedger).toHaveCount(2);
  for (const heading of await fromLedger.all()) expect(await firstWordsDrop(heading)).toBeLessThan(4);

  await page.getByRole('button', { name: '返回首页' }).click();
  await page.getByRole('button', { name: '新建空白通知' }).click();
  await body(page).click();
  const levels = [
    ['总体要求', '1'],
    ['强化政治监督', '2'],
    ['落实主体责任，层层压实各级党组织管党治党的政治责任和监督责任', '3'],
    ['细化责任清单', '4'],
  ] as const;
  for (const [words, key] of levels) {
    await page.keyboard.insertText(words);
    await page.keyboard.press(`Control+${key}`);
    await page.keyboard.press('Enter');
  }
  await expect(body(page).locator('.body-heading')).toHaveText([
    '一、总体要求',
    '（一）强化政治监督',
    '1.落实主体责任，层层压实各级党组织管党治党的政治责任和监督责任',
    '（1）细化责任清单',
  ]);
  for (const heading of await body(page).locator('.body-heading').all()) expect(await firstWordsDrop(heading)).toBeLessThan(4);
});

test('a template draft takes headings of all four levels around its ledger chips, and its guidance stays in the margin', async ({ appPage: page }) => {
  await page.locator('.template-card', { hasText: '问题整改通知书' }).click();
  await clickEnd(body(page).getByText('存在以下问题：'));
  await page.keyboard.press('Enter');
  await imeCommit(page, '一、财务管理方面');
  await page.keyboard.press('Enter');
  await imeCommit(page, '（一）食堂管理');
  // Enter after a heading that ends in a chip starts a body paragraph, not another 1./2. heading.
  await clickEnd(body(page).locator('.body-heading-3').first());
  await page.keyboard.press('Enter');
  await imeCommit(page, '（1）采购验收记录缺少经手人签字。');
  await expect(body(page).locator('.body-heading > .body-ordinal')).toHaveText(['一、', '（一）', '1.', '（1）', '2.']);
  for (const heading of await body(page).locator('.body-heading').all()) expect(await firstWordsDrop(heading)).toBeLessThan(4);
  await expect(page.getByLabel('版面预览').first()).toContainText('（1）采购验收记录缺少经手人签字。');
  await expect(page.getByRole('note', { name: '写作提示：检查发现的问题' })).toBeVisible();
  await page.locator('.field-body').evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: 'docs/screenshots/guidance.png' });
});
