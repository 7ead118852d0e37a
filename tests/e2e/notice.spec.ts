import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { docxParagraphTexts, docxParts } from '../support/docx-parts.ts';
import { expect, test } from './fixtures.ts';

test('drafts a blank 通知 with Chinese and IME input and exports it to Word', async ({ appPage: page, exportDir }) => {
  await page.getByRole('button', { name: '新建空白通知' }).click();
  await page.getByLabel('发文机关').fill('中共示范县纪律检查委员会');
  await page.getByLabel('发文字号').fill('某纪发〔2024〕3号');
  await page.getByLabel('标题').fill('关于开展2024年度警示教育月活动的通知');
  await page.getByLabel('主送机关').fill('各乡镇纪委、县直各单位');

  const body = page.getByRole('textbox', { name: '正文' });
  await body.click();
  await page.keyboard.insertText('为深入推进全面从严治党，经研究，决定开展警示教育月活动。');
  await page.keyboard.press('Enter');
  await page.keyboard.type('一、提高思想认识。');
  await page.keyboard.press('Enter');

  // An IME session the way Chinese users type: pinyin composes, then one commit.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'jiaqiang', selectionStart: 8, selectionEnd: 8 });
  await cdp.send('Input.imeSetComposition', { text: '加强', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '二、加强组织领导。' });
  await page.keyboard.press('Enter');
  await cdp.send('Input.imeSetComposition', { text: 'luoshi', selectionStart: 6, selectionEnd: 6 });
  await cdp.send('Input.insertText', { text: '三、狠抓工作落实。' });
  await expect(body).toContainText('三、狠抓工作落实。');

  await page.getByLabel('署名').fill('中共示范县纪律检查委员会');
  const date = page.getByLabel('成文日期');
  await date.fill('2024.3.5');
  await date.press('Enter');
  await expect(date).toHaveValue('2024年3月5日');
  await page.getByLabel('字体方案').selectOption('windows');
  await page.getByRole('button', { name: '导出 Word' }).click();

  const result = page.getByTestId('export-result');
  await expect(result).toContainText('已导出');
  await expect(result).toContainText('关于开展2024年度警示教育月活动的通知.docx');
  const file = (await page.getByTestId('export-path').textContent()) ?? '';
  expect(path.dirname(file)).toBe(exportDir);

  await page.screenshot({ path: 'docs/screenshots/notice.png', fullPage: false });

  const bytes = new Uint8Array(await readFile(file));
  expect(docxParts(bytes)['word/document.xml']).toContain('w:eastAsia="仿宋"');
  // The profile chosen is remembered as the default for the next export.
  const saved = await page.evaluate(() => window.api.getPreferences());
  expect(saved).toMatchObject({ ok: true, result: { fontProfile: 'windows' } });
  if (saved.ok) await page.evaluate((preferences) => window.api.setPreferences({ ...preferences, fontProfile: 'classic' }), saved.result);
  const texts = docxParagraphTexts(bytes).filter(Boolean);
  expect(texts).toEqual([
    '中共示范县纪律检查委员会文件',
    '某纪发〔2024〕3号',
    '关于开展2024年度警示教育月活动的通知',
    '各乡镇纪委、县直各单位：',
    '为深入推进全面从严治党，经研究，决定开展警示教育月活动。',
    '一、提高思想认识。',
    '二、加强组织领导。',
    '三、狠抓工作落实。',
    '中共示范县纪律检查委员会',
    '2024年3月5日',
  ]);
});

test('the host refuses a malformed document with a Chinese message', async ({ appPage: page }) => {
  await page.getByRole('button', { name: '新建空白通知' }).click();
  const response = await page.evaluate(() => window.api.exportDocx({ document: { title: 1 } } as never));
  expect(response).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENTS' } });
  expect(response.ok ? '' : response.error.message).toMatch(/参数/);
});

test('shows the live pages beside the editor and prints them to a PDF with the text and page numbers', async ({ appPage: page }, testInfo) => {
  await page.getByRole('button', { name: '新建空白通知' }).click();
  await page.getByLabel('发文机关').fill('中共示范县纪律检查委员会');
  await page.getByLabel('发文字号').fill('某纪发〔2024〕3号');
  await page.getByLabel('标题').fill('关于开展2024年度警示教育月活动的通知');
  await page.getByLabel('主送机关').fill('各乡镇纪委、县直各单位');
  await page.getByRole('textbox', { name: '正文' }).click();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.insertText(`第${i + 1}段：为深入推进全面从严治党，经研究，决定开展警示教育月活动，请各单位结合实际认真组织实施，确保取得实效。`);
    await page.keyboard.press('Enter');
  }
  await page.getByLabel('署名').fill('中共示范县纪律检查委员会');

  const preview = page.getByLabel('版面预览').first();
  await expect(preview.getByLabel('第1页')).toContainText('中共示范县纪律检查委员会文件');
  await expect(preview.getByLabel('第2页')).toContainText('— 2 —');
  await expect(page.getByRole('tab', { name: /预览/ })).toContainText('2 页');
  await page.screenshot({ path: 'docs/screenshots/preview.png' });

  await preview.getByText('关于开展2024年度警示教育月活动的通知').click();
  await expect(page.getByLabel('标题')).toBeFocused();

  // The hidden printed copy is a deferred render of the visible pages: under load it may be a render behind.
  await expect(page.locator('.print-pages')).toContainText('第12段');
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = testInfo.outputPath('notice.pdf');
  await (await import('node:fs/promises')).writeFile(file, pdf);
  const { execFileSync } = await import('node:child_process');
  // pdftotext spaces Latin from Chinese, so compare without whitespace.
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s/g, '');
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Pages:\s+2\b/);
  expect(text).toContain('某纪发〔2024〕3号');
  expect(text).toContain('第12段');
  expect(text).toContain('—2—');
  expect(execFileSync('pdffonts', [file], { encoding: 'utf8' })).toMatch(/yes\s+yes\s+yes/);
});
