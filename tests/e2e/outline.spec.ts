import { expect, test } from './fixtures.ts';

test('the outline lists the headings with their ordinals; moving a section renumbers outline and pages, and Ctrl+Z puts it back', async ({ appPage: page }) => {
  await page.getByRole('button', { name: /^全会工作报告/ }).click();
  await expect(page.getByLabel('标题')).not.toHaveValue('');
  const outline = page.getByRole('navigation', { name: '大纲' });
  const expand = outline.getByRole('button', { name: '大纲' });
  if (await expand.isVisible()) await expand.click();
  const entries = outline.getByRole('listitem');
  const level1 = outline.locator('.outline-level-1 button');
  await expect(level1.first()).toBeVisible();
  const before = await level1.allTextContents();
  expect(before.length).toBeGreaterThanOrEqual(2);
  expect(before[0]).toMatch(/^一、/);
  expect(before[1]).toMatch(/^二、/);
  const firstWords = before[0]!.replace(/^一、/, '');
  const secondWords = before[1]!.replace(/^二、/, '');
  const entriesBefore = await entries.count();

  await level1.first().focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(level1.nth(0)).toHaveText(`一、${secondWords}`);
  await expect(level1.nth(1)).toHaveText(`二、${firstWords}`);
  await expect(level1.nth(1)).toBeFocused();
  await expect(entries).toHaveCount(entriesBefore);
  const preview = page.locator('.side-panel .preview');
  await expect(preview).toContainText(`一、${secondWords}`);
  await expect(preview).toContainText(`二、${firstWords}`);
  await expect(page.getByRole('textbox', { name: '正文' })).toContainText(`一、${secondWords}`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: 'docs/screenshots/outline.png' });

  await page.keyboard.press('Control+z');
  await expect(level1.nth(0)).toHaveText(`一、${firstWords}`);
  await expect(preview).toContainText(`二、${secondWords}`);
  await page.keyboard.press('Control+y');
  await expect(level1.nth(0)).toHaveText(`一、${secondWords}`);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(level1.nth(0)).toHaveText(`一、${firstWords}`);

  // Dragging the first section onto the second puts it after the second's whole section.
  await level1.nth(0).dragTo(level1.nth(1));
  await expect(level1.nth(0)).toHaveText(`一、${secondWords}`);
  await expect(level1.nth(1)).toHaveText(`二、${firstWords}`);

  // A click brings the heading into view in the editor and flashes it.
  await level1.nth(1).click();
  await expect(page.locator('.body-editable > .jump-highlight')).toContainText(firstWords);
});

test('Ctrl+Z outside the body undoes a header field edit, a burst of typing at a time', async ({ appPage: page }) => {
  await page.getByRole('button', { name: '新建空白通知' }).click();
  const title = page.getByLabel('标题');
  await title.fill('关于撤销测试的通知');
  await page.waitForTimeout(1_200);
  await title.press('End');
  await title.pressSequentially('（补）');
  await expect(title).toHaveValue('关于撤销测试的通知（补）');
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue('关于撤销测试的通知');
  await expect(title).toBeFocused();
  await page.keyboard.press('Control+Shift+z');
  await expect(title).toHaveValue('关于撤销测试的通知（补）');
});
