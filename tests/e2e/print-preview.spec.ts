import { expect, test } from './fixtures.ts';

const pdfPageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

test('Ctrl+P opens 打印预览 with the live preview’s pages, prints one page per A4 sheet, and Esc gives the caret back to the editor', async ({ appPage: page }) => {
  await page.getByRole('button', { name: /^纪检监察建议书/ }).click();
  const body = page.getByRole('textbox', { name: '正文' });
  await expect(body).toContainText('共发现问题3个');
  const live = page.getByLabel('版面预览').first().locator('.preview-page');
  await expect(live.first()).toBeVisible();
  const pages = await live.count();
  expect(pages).toBeGreaterThan(1);
  await expect(page.getByRole('tab', { name: /^预览/ })).toContainText(`${pages} 页`);

  // A field's popover left open stays on screen, not on paper.
  await body.getByRole('button', { name: '政府采购程序不规范' }).first().click();
  await expect(page.getByRole('dialog', { name: '问题类别' })).toBeVisible();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('特此建议');
  await page.keyboard.press('Control+P');
  const dialog = page.getByRole('dialog', { name: '打印预览' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('print-page-count')).toHaveText(`共 ${pages} 页（A4）`);
  const shown = dialog.locator('.preview-page');
  await expect(shown).toHaveCount(pages);
  await expect(shown.first()).toContainText('关于督促示范县财政局加强项目资金监管的纪检监察建议');
  await expect(dialog.getByLabel('打印的各页')).toContainText('特此建议');
  // Print scale: an A4 page is 210 mm wide, 794 CSS pixels.
  expect(Math.round((await shown.first().boundingBox())!.width)).toBe(794);
  await dialog.getByLabel('缩放').selectOption('0.6');
  expect(Math.round((await shown.first().boundingBox())!.width)).toBe(476);
  await dialog.getByLabel('缩放').selectOption('1');

  // What the browser puts on paper is the print stylesheet's: only the pages, one per A4 sheet, the dialog hidden.
  // The hidden printed copy is a deferred render of the visible pages: under load it may be a render behind.
  await expect(page.locator('.print-pages')).toContainText('特此建议');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdfPageCount(pdf)).toBe(pages);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  await dialog.getByRole('button', { name: '打印' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(body).toBeFocused();
  await page.keyboard.insertText('。');
  await expect(body).toContainText('特此建议。');

  // The toolbar button announces the same shortcut, and 关闭 closes as Esc does.
  await page.getByRole('button', { name: '打印预览' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: '打印' })).toBeFocused();
  await dialog.getByLabel('缩放').selectOption('0.6');
  await page.screenshot({ path: 'docs/screenshots/print-preview.png' });
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();
});
