import { writeFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { clueColumns, clueRows } from '../support/clue-ledger.ts';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

type Cell = string | number | null;

const csv = (rows: readonly (readonly Cell[])[]) => `${rows.map((row) => row.map((cell) => `"${String(cell ?? '').replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`;

async function sampleProblems(): Promise<{ columns: string[]; rows: Cell[][] }> {
  const { readFile } = await import('node:fs/promises');
  const pack = JSON.parse(await readFile('templates/builtin/jijian-jiancha-jianyi.json', 'utf8')) as {
    sample: { datasets: { name: string; columns: string[]; rows: Cell[][] }[] };
  };
  return pack.sample.datasets.find((d) => d.name === '问题清单')!;
}

async function openDataTab(page: Page) {
  await page.getByRole('tab', { name: /^数据/ }).click();
  return page.getByRole('region', { name: '导入台账' });
}

test('a GBK ledger from the 数据 panel is mapped to the template, fills the draft’s values keeping what the writer typed, and a newer version updates changed values', async ({
  appPage: page,
}, testInfo) => {
  await page.getByRole('button', { name: /^纪检监察建议书/ }).click();
  const body = page.getByRole('textbox', { name: '正文' });
  await expect(body).toContainText('共发现问题3个');
  const panel = await openDataTab(page);

  // 存在问题 is a synonym of 问题描述; 办结日期 matches nothing, so the writer has to pick it for 整改时限.
  const sample = await sampleProblems();
  const headers = sample.columns.map((name) => (name === '问题描述' ? '存在问题' : name === '整改时限' ? '办结日期' : name));
  const fourth = sample.rows[0]!.map((cell, i) => (i === 0 ? '公务接待超标准' : cell));
  const file = testInfo.outputPath('问题清单（县财政局）.csv');
  await writeFile(file, iconv.encode(csv([headers, ...sample.rows, fourth]), 'gbk'));
  await panel.getByLabel('导入台账…').setInputFiles(file);
  await expect(panel.getByTestId('ledger-encoding')).toHaveText('GB18030');
  await expect(panel.getByLabel('文件开头')).toContainText('存在问题');

  const mapping = page.getByRole('region', { name: /列对应/ });
  await expect(mapping.getByLabel('列“问题描述”对应的表头')).toHaveValue('存在问题');
  await expect(mapping.getByRole('listitem').filter({ hasText: '问题描述' })).toContainText('同义词');
  const deadline = mapping.getByRole('listitem').filter({ has: page.getByLabel('列“整改时限”对应的表头') });
  await expect(deadline).toHaveClass(/mapping-problem/);
  await expect(deadline).toContainText('台账中没有找到相近的表头');

  await mapping.getByRole('button', { name: '应用' }).click();
  await expect(mapping.getByRole('alert')).toContainText('模板“纪检监察建议书”需要的列“整改时限”在台账“问题清单（县财政局）.csv”中没有对应的表头');
  await expect(body).toContainText('共发现问题3个');

  await mapping.getByLabel('列“整改时限”对应的表头').selectOption('办结日期');
  await expect(deadline).toContainText('手工指定');
  await expect(page.getByRole('table', { name: '台账数据' })).toContainText('公务接待超标准');
  await expect(mapping.getByRole('alert')).toHaveCount(0);
  await page.setViewportSize({ width: 1280, height: 1500 });
  await page.getByRole('complementary', { name: '侧栏' }).screenshot({ path: 'docs/screenshots/data-panel.png' });
  await page.setViewportSize({ width: 1280, height: 900 });
  // 应用 once threw away what the writer had typed by filling the template afresh: the sentence must survive.
  const typed = '请于三十日内书面报送整改情况。';
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(typed);
  await expect(body).toContainText(typed);
  await mapping.getByRole('button', { name: '应用' }).click();
  await expect(mapping.getByRole('status')).toContainText('已用台账“问题清单（县财政局）.csv”更新公文中来自台账的数值');
  await expect(body).toContainText('共发现问题4个');
  await expect(body).toContainText('公务接待超标准');
  await expect(body).toContainText(typed);
  await expect(page.getByRole('region', { name: '已按台账更新的数值' })).toContainText('问题个数：3 → 4');
  await expect(page.getByRole('list', { name: '数据来源' })).toContainText('第 2、3、4、5 行');

  // The same ledger a week later: one problem more. The confirmed mapping comes back by itself.
  const fifth = sample.rows[1]!.map((cell, i) => (i === 0 ? '违规发放津贴补贴' : cell));
  await writeFile(file, iconv.encode(csv([headers, ...sample.rows, fourth, fifth]), 'gbk'));
  await panel.getByLabel('导入台账…').setInputFiles(file);
  await expect(mapping.getByLabel('列“整改时限”对应的表头')).toHaveValue('办结日期');
  // The list of changes below the mapping also names 整改时限: the mapping's row is the one with its header picker.
  await expect(mapping.getByRole('listitem').filter({ has: page.getByLabel('列“整改时限”对应的表头') })).toContainText('上次确认');
  await mapping.getByRole('button', { name: '只更新变化的数值' }).click();
  const refresh = page.getByRole('region', { name: '用新台账更新数值' });
  await expect(refresh).toContainText('问题个数：4 → 5');
  await refresh.getByRole('button', { name: '全部接受' }).click();
  await expect(refresh).toContainText('没有需要更新的数值');
  await expect(body).toContainText('共发现问题5个');
});

test('a Big5 ledger the guess cannot read is fixed by choosing its encoding, with a preview of its first lines', async ({ appPage: page }, testInfo) => {
  await page.getByRole('button', { name: '新建空白通知' }).click();
  const panel = await openDataTab(page);
  const file = testInfo.outputPath('繁體台賬.csv');
  await writeFile(file, iconv.encode('姓名,單位,金額\r\n張三,縣紀委監委,1200\r\n李四,鄉紀委,800\r\n', 'big5'));
  await panel.getByLabel('导入台账…').setInputFiles(file);
  await expect(panel.getByRole('alert')).toContainText('无法识别编码');
  await expect(page.getByRole('table', { name: '台账数据' })).toHaveCount(0);

  await panel.getByLabel('编码').selectOption('Big5');
  await expect(panel.getByTestId('ledger-encoding')).toHaveText('Big5');
  await expect(panel.getByLabel('文件开头')).toContainText('張三,縣紀委監委,1200');
  await expect(page.getByRole('table', { name: '台账数据' })).toContainText('縣紀委監委');

  // A wrong choice shows what it does to the text instead of importing mojibake.
  await panel.getByLabel('编码').selectOption('UTF-8');
  await expect(panel.getByRole('alert')).toContainText('按 UTF-8 编码读取时遇到无法识别的字节');
});

test('the ledger table scrolls to row 100 000 with only the rows in view in the DOM', async ({ appPage: page }, testInfo) => {
  test.setTimeout(120_000);
  await page.getByRole('button', { name: '新建空白通知' }).click();
  const panel = await openDataTab(page);
  const file = testInfo.outputPath('问题线索台账-十万行.csv');
  await writeFile(file, csv([clueColumns, ...clueRows(100_000)]));
  await panel.getByLabel('导入台账…').setInputFiles(file);
  await expect(panel).toContainText('数据 100,000 行', { timeout: 60_000 });

  const table = page.getByRole('table', { name: '台账数据' });
  await expect(table).toHaveAttribute('aria-rowcount', '100001');
  await expect(table).toContainText('XS000000');
  for (const fraction of [0.25, 0.5, 0.75, 1]) await table.evaluate((box, f) => (box.scrollTop = f * box.scrollHeight), fraction);
  await expect(table.getByRole('row').filter({ hasText: 'XS099999' })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'XS099999' })).toContainText('100001');
  expect(await table.getByRole('row').count()).toBeLessThan(200);
  await expect(table).not.toContainText('XS000000');
});

test('用台账新建 on a template card opens its draft on the 数据 tab, where a ledger dropped on the panel is read', async ({ appPage: page }) => {
  await page.getByRole('button', { name: '用台账新建纪检监察建议书' }).click();
  await expect(page.getByRole('tab', { name: /^数据/ })).toHaveAttribute('aria-selected', 'true');
  const panel = page.getByRole('region', { name: '导入台账' });
  await expect(panel).toBeVisible();
  const sample = await sampleProblems();
  const text = `\uFEFF${csv([sample.columns, ...sample.rows])}`;
  const drop = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], '拖入的问题清单.csv', { type: 'text/csv' }));
    return data;
  }, text);
  await panel.dispatchEvent('dragover', { dataTransfer: drop });
  await panel.dispatchEvent('drop', { dataTransfer: drop });
  await expect(panel.getByTestId('ledger-encoding')).toHaveText('UTF-8（带 BOM）');
  await expect(page.getByRole('region', { name: /列对应/ }).getByLabel('列“问题描述”对应的表头')).toHaveValue('问题描述');
});
