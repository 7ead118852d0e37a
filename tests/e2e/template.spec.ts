import { readFile } from 'node:fs/promises';
import { docxParagraphTexts } from '../support/docx-parts.ts';
import { expect, test } from './fixtures.ts';

test('a template opens complete with its sample data, shows where each number came from, and exports clean', async ({ appPage: page }) => {
  await page.getByRole('button', { name: /^纪检监察建议书/ }).click();
  await expect(page.getByLabel('标题')).toHaveValue(/纪检监察建议/);
  await page.getByRole('tab', { name: /数据来源/ }).click();
  const sources = page.getByRole('list', { name: '数据来源' });
  await expect(sources.getByRole('listitem').first()).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/template.png' });

  await page.getByRole('tab', { name: /检查/ }).click();
  await expect(page.getByRole('region', { name: '检查结果' })).toContainText('未发现问题');

  await page.getByRole('button', { name: '导出 Word' }).click();
  await expect(page.getByTestId('export-result')).toContainText('已导出');
  const file = (await page.getByTestId('export-path').textContent()) ?? '';
  const texts = docxParagraphTexts(new Uint8Array(await readFile(file)));
  expect(texts.some((t) => t.includes('纪检监察建议'))).toBe(true);
});
