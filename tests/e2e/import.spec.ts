import { readFile } from 'node:fs/promises';
import { docxParagraphTexts } from '../support/docx-parts.ts';
import { expect, test } from './fixtures.ts';

test('一键排版: a pasted speech becomes a structured document with live pages and exports with its ordinals', async ({ appPage: page }) => {
  const speech = await readFile('tests/fixtures/import/speech-warning-education.txt', 'utf8');
  await page.getByLabel('粘贴草稿').fill(speech);
  await page.getByRole('button', { name: '识别并排版' }).click();

  await expect(page.getByLabel('标题')).toHaveValue(/以案为鉴/);
  const preview = page.getByLabel('版面预览').first();
  await expect(preview.getByLabel('第1页')).toContainText('——在全县警示教育大会上的讲话');
  await expect(preview.getByLabel('第1页')).toContainText('一、以案为鉴');
  await page.screenshot({ path: 'docs/screenshots/import.png' });

  // The model speech leaves its speaker as 李××: export asks first, then prints it as written.
  await page.getByRole('button', { name: '导出 Word' }).click();
  const warning = page.getByRole('dialog', { name: /待填的空缺/ });
  await expect(warning).toContainText('李××');
  await warning.getByRole('button', { name: '仍然导出 Word' }).click();
  await expect(page.getByTestId('export-result')).toContainText('已导出');
  const file = (await page.getByTestId('export-path').textContent()) ?? '';
  const texts = docxParagraphTexts(new Uint8Array(await readFile(file)));
  expect(texts.some((t) => t.startsWith('一、以案为鉴'))).toBe(true);
  expect(texts.some((t) => t.startsWith('（一）要看清案件背后的政治问题。'))).toBe(true);
  const printed = texts.join('').replace(/\s/g, '');
  for (const line of speech.split('\n').filter((l) => l.trim())) expect(printed).toContain(line.replace(/\s/g, ''));
});

test('opening a draft file structures it, and a file that is not a draft gets a message naming it', async ({ appPage: page }, testInfo) => {
  await page.getByLabel('打开草稿文件…').setInputFiles('tests/fixtures/import/notice-self-inspection.txt');
  await expect(page.getByLabel('标题')).not.toHaveValue('');
  await expect(page.getByLabel('主送机关')).not.toHaveValue('');

  await page.getByRole('button', { name: '返回首页' }).click();
  const bad = testInfo.outputPath('旧稿.doc');
  await (await import('node:fs/promises')).writeFile(bad, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  await page.getByLabel('打开草稿文件…').setInputFiles(bad);
  await expect(page.getByRole('alert')).toContainText('旧稿.doc');
});
