import { readFile, writeFile } from 'node:fs/promises';
import { docxParagraphTexts } from '../support/docx-parts.ts';
import { expect, test } from './fixtures.ts';

const speech = ['在全县纪检监察工作会议上的讲话', '', '同志们：', '过去一年，全县纪检监察机关坚持严的基调，全年立案×件，给予党纪政务处分×人，挽回经济损失×万元。'].join('\n');

test('a number gap in a pasted speech offers values from the imported ledger with their rows, and the accepted value is traced to them', async ({ appPage: page }, testInfo) => {
  await page.getByLabel('粘贴草稿').fill(speech);
  await page.getByRole('button', { name: '识别并排版' }).click();
  const body = page.getByRole('textbox', { name: '正文' });
  await expect(body.locator('[data-field-key="全年立案×件"]')).toHaveText('×');

  const ledger = testInfo.outputPath('案件台账.csv');
  await writeFile(ledger, '姓名,处置方式,处分,涉案金额\r\n张某,立案,党内警告,120000\r\n李某,立案,,30000\r\n王某,谈话函询,,\r\n赵某,立案,政务记过,250000\r\n');
  await page.getByRole('tab', { name: /^数据/ }).click();
  await page.getByRole('region', { name: '导入台账' }).getByLabel('导入台账…').setInputFiles(ledger);
  await expect(page.getByRole('region', { name: '导入台账' })).toContainText('案件台账.csv');

  await body.locator('[data-field-key="全年立案×件"]').click();
  const suggestions = page.getByRole('region', { name: '台账建议' });
  const first = suggestions.getByRole('button', { name: /^采用 3件：台账“案件台账”/ });
  await expect(first).toContainText('处置方式 = 立案');
  await page.screenshot({ path: testInfo.outputPath('gap-suggestions.png') });
  await first.click();
  await expect(body.locator('[data-field-key="全年立案×件"]')).toHaveText('3');

  await body.locator('[data-field-key="经济损失×万元"]').click();
  // Other specs' ledgers share the workspace: the one imported here is picked by its value and source.
  const fromCases = suggestions.getByRole('button', { name: /^采用 40万元：台账“案件台账”/ });
  await expect(fromCases).toContainText('÷10000');
  await fromCases.click();

  await page.getByRole('tab', { name: /^数据/ }).click();
  await expect(page.getByRole('list', { name: '数据来源' })).toContainText('案件台账');

  // 处分×人 is still open: export lists it first, and the writer exports anyway.
  await page.getByRole('button', { name: '导出 Word' }).click();
  const warning = page.getByRole('dialog', { name: '还有 1 处待填的空缺' });
  await expect(warning).toContainText('政务处分×人');
  await warning.getByRole('button', { name: '仍然导出 Word' }).click();
  await expect(page.getByTestId('export-result')).toContainText('已导出');
  const file = (await page.getByTestId('export-path').textContent()) ?? '';
  expect(file).not.toBe('');
  const texts = docxParagraphTexts(new Uint8Array(await readFile(file)));
  expect(texts.join('')).toContain('全年立案3件，给予党纪政务处分×人，挽回经济损失40万元。');
});
