import { readFile } from 'node:fs/promises';
import { docxParagraphTexts } from '../support/docx-parts.ts';
import { expect, test } from './fixtures.ts';

test('a template opens complete with its sample data, shows where each number came from, and exports clean', async ({ appPage: page }) => {
  await expect(page.getByRole('heading', { name: '讲话稿' })).toBeVisible();
  await page.getByRole('button', { name: /^纪检监察建议书/ }).click();
  await expect(page.getByLabel('标题')).toHaveValue(/纪检监察建议/);
  await page.getByRole('tab', { name: /^数据/ }).click();
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

test('a re-imported ledger shows the values it changes, and accepting them updates the draft', async ({ appPage: page }, testInfo) => {
  await page.getByRole('button', { name: /^纪检监察建议书/ }).click();
  await page.getByRole('tab', { name: /^数据/ }).click();
  const sources = page.getByRole('list', { name: '数据来源' });
  await expect(sources).toContainText('问题个数');

  const pack = JSON.parse(await readFile('templates/builtin/jijian-jiancha-jianyi.json', 'utf8')) as {
    sample: { datasets: { name: string; columns: string[]; rows: (string | number | null)[][] }[] };
  };
  const sample = pack.sample.datasets.find((d) => d.name === '问题清单')!;
  const rows = [...sample.rows, sample.rows[0]!.map((cell, i) => (i === 0 ? sample.rows.length + 1 : cell))];
  const csv = `\uFEFF${[sample.columns, ...rows].map((row) => row.map((cell) => `"${String(cell ?? '').replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`;
  const file = testInfo.outputPath('问题清单（新）.csv');
  await (await import('node:fs/promises')).writeFile(file, csv);

  await page.getByRole('region', { name: '导入台账' }).getByLabel('导入台账…').setInputFiles(file);
  await page
    .getByRole('region', { name: /列对应/ })
    .getByRole('button', { name: '只更新变化的数值' })
    .click();
  const refresh = page.getByRole('region', { name: '用新台账更新数值' });
  await expect(refresh).toContainText('问题个数：3 → 4');
  await page.screenshot({ path: 'docs/screenshots/refresh.png' });
  await refresh.getByRole('button', { name: '全部接受' }).click();
  await expect(refresh).not.toContainText('问题个数：3 → 4');
  await expect(page.getByRole('textbox', { name: '正文' })).toContainText('共发现问题4个');
});
