import { expect, test } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

const body = (page: Page) => page.getByRole('textbox', { name: '正文' });

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
