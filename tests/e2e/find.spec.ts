import { expect, test } from './fixtures.ts';

test('Ctrl+F finds a word across the draft, shows the count, steps through the matches and Esc closes', async ({ appPage: page }) => {
  await page.getByRole('button', { name: /^全会工作报告/ }).click();
  const body = page.getByRole('textbox', { name: '正文' });
  await expect(body).toContainText('四种形态');
  await body.click();
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: '查找' });
  const input = bar.getByRole('searchbox', { name: '查找内容' });
  await expect(input).toBeFocused();
  await input.fill('四种形态');
  const count = bar.getByRole('status');
  await expect(count).toHaveText(/^第 1 处，共 \d+ 处 · 正文第 \d+ 段$/);
  const total = Number(/共 (\d+) 处/.exec((await count.textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => CSS.highlights.get('find-current')?.size)).toBe(1);
  const marked = await page.evaluate(() => [...(CSS.highlights.get('find-current') ?? [])].map((range) => range.toString()));
  expect(marked).toEqual(['四种形态']);

  await input.press('Enter');
  await expect(count).toHaveText(new RegExp(`^第 2 处，共 ${total} 处`));
  await page.screenshot({ path: test.info().outputPath('find.png') });
  await input.press('Shift+Enter');
  await input.press('Shift+Enter');
  await expect(count).toHaveText(new RegExp(`^第 ${total} 处，共 ${total} 处`));
  await bar.getByRole('button', { name: '下一个' }).click();
  await expect(count).toHaveText(new RegExp(`^第 1 处`));

  await input.fill('坚定不移推进');
  await expect(count).toHaveText(/^第 1 处，共 \d+ 处 · 标题$/);
  await input.fill('这句话不在草稿里');
  await expect(count).toHaveText('未找到');

  await input.press('Escape');
  await expect(bar).toBeHidden();
  await expect(body).toBeFocused();
  expect(await page.evaluate(() => CSS.highlights.has('find-current'))).toBe(false);
});

test('替换 changes typed words in one step that 撤销 takes back, and leaves ledger values alone', async ({ appPage: page }) => {
  await page.getByRole('button', { name: /^全会工作报告/ }).click();
  const body = page.getByRole('textbox', { name: '正文' });
  await expect(body).toContainText('纪检监察铁军');
  await page.keyboard.press('Control+f');
  const bar = page.getByRole('search', { name: '查找' });
  await bar.getByRole('searchbox', { name: '查找内容' }).fill('纪检监察铁军');
  await bar.getByRole('button', { name: '替换…' }).click();
  await bar.getByRole('textbox', { name: '替换为' }).fill('纪检监察队伍');
  await bar.getByRole('button', { name: '全部替换', exact: true }).click();
  const outcome = bar.locator('.find-replace [role="status"]');
  await expect(outcome).toHaveText(/^已替换 [1-9]\d* 处。$/);
  await expect(body).not.toContainText('纪检监察铁军');
  await expect(body).toContainText('纪检监察队伍');
  await page.screenshot({ path: test.info().outputPath('replace.png') });
  await expect(page.locator('.side-panel .preview')).toContainText('纪检监察队伍');

  await page.getByRole('button', { name: '撤销' }).click();
  await expect(body).toContainText('纪检监察铁军');

  // 172 人次 is a value from the ledger: it keeps its provenance and is not replaced.
  await bar.getByRole('searchbox', { name: '查找内容' }).fill('172');
  await bar.getByRole('button', { name: '全部替换', exact: true }).click();
  await expect(outcome).toHaveText(/^已替换 0 处；[1-9]\d* 处在字段值、表格或名单中，未替换。$/);
  await expect(body).toContainText('172');
});
