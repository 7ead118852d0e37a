import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';

const draft = ['关于信访举报工作情况的报告', '', '全年受理上级交办信访举报×件，均已按期办结。'].join('\n');

test('a gap is bound by hand to any ledger sum with a condition, from the keyboard, and keeps where its value came from', async ({ appPage: page }, testInfo) => {
  const ledger = testInfo.outputPath('信访举报台账.csv');
  await writeFile(ledger, '编号,来源,件数,承办室\r\nXF01,上级交办,4,一室\r\nXF02,群众来信,7,二室\r\nXF03,上级交办,5,三室\r\nXF04,网络举报,2,一室\r\n');
  await page.getByLabel('粘贴草稿').fill(draft);
  await page.getByRole('button', { name: '识别并排版' }).click();
  const body = page.getByRole('textbox', { name: '正文' });
  const chip = body.locator('.field-chip.gap');
  await expect(chip).toHaveText('×');
  await page.getByRole('tab', { name: /^数据/ }).click();
  await page.getByRole('region', { name: '导入台账' }).getByLabel('导入台账…').setInputFiles(ledger);
  await expect(page.getByRole('region', { name: '导入台账' })).toContainText('信访举报台账.csv');

  // F4 selects the gap, Enter opens it, Tab reaches 绑定台账… past the value and the suggestions.
  await expect(page.getByText(/已自动保存/)).toBeVisible();
  await expect(async () => {
    await body.getByText('均已按期办结').click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F4');
    await expect(body.locator('.field-chip.selected')).toHaveText('×', { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  const popover = page.getByRole('dialog', { name: /^待填：/ });
  await expect(popover.getByLabel('数值')).toBeFocused();
  const bind = popover.getByRole('button', { name: '绑定台账…' });
  await expect(async () => {
    await page.keyboard.press('Tab');
    await expect(bind).toBeFocused({ timeout: 200 });
  }).toPass({ timeout: 10_000 });
  await page.keyboard.press('Enter');

  const picker = popover.getByRole('region', { name: '绑定台账' });
  const ledgerSelect = picker.getByRole('combobox', { name: '台账', exact: true });
  await ledgerSelect.focus();
  await ledgerSelect.selectOption({ label: '信访举报台账（4 行）' });
  // Counting rows first: every row of the ledger, with its row numbers.
  const result = picker.getByRole('status', { name: '绑定结果' });
  await expect(result).toContainText('4件');
  await expect(result).toContainText('第 2、3、4、5 行');

  await picker.getByRole('combobox', { name: '取值方式' }).selectOption('sum');
  await picker.getByRole('combobox', { name: '列', exact: true }).selectOption('件数');
  await expect(result).toContainText('18件');
  await picker.getByRole('combobox', { name: '条件' }).selectOption('来源');
  await expect(picker.getByText('请选择条件的取值')).toBeVisible();
  await picker.getByRole('combobox', { name: '来源 =' }).selectOption('上级交办');
  await expect(result).toContainText('9件');
  await expect(result).toContainText('台账“信访举报台账”“件数”列，求和，第 2、4 行；条件：来源 = 上级交办');

  // Text cannot be summed: the picker says which row holds it, and nothing is taken.
  await picker.getByRole('combobox', { name: '列', exact: true }).selectOption('承办室');
  await expect(picker.getByRole('alert')).toContainText('第 2 行“承办室”列不是数字：一室');
  await picker.getByRole('combobox', { name: '列', exact: true }).selectOption('件数');
  await expect(result).toContainText('9件');
  await page.screenshot({ path: '/tmp/binding5-picker.png' });

  await result.getByRole('button', { name: '采用 9件' }).focus();
  await page.keyboard.press('Enter');
  await expect(popover).toBeHidden();
  await expect(chip).toHaveText('9');
  await expect(chip).toHaveAttribute('title', /台账“信访举报台账”“件数”列，求和，第 2、4 行；条件：来源 = 上级交办/);

  await page.getByRole('tab', { name: /^数据/ }).click();
  await expect(page.getByRole('list', { name: '数据来源' })).toContainText('信访举报台账');
});
