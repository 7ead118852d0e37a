import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';

type Cell = string | number | null;

test('a newer ledger with a problem added and one dropped adds and removes its paragraphs and table rows', async ({ appPage: page }, testInfo) => {
  await page.getByRole('button', { name: /^纪检监察建议书/ }).click();
  await page.getByRole('tab', { name: /^数据/ }).click();
  await expect(page.getByRole('list', { name: '数据来源' })).toContainText('问题类别');

  const pack = JSON.parse(await readFile('templates/builtin/jijian-jiancha-jianyi.json', 'utf8')) as {
    sample: { datasets: { name: string; columns: string[]; rows: Cell[][] }[] };
  };
  const sample = pack.sample.datasets.find((d) => d.name === '问题清单')!;
  const added: Cell[] = [
    '公务用车管理混乱',
    '2024年有3辆公务用车未按规定停放，出车登记不全。',
    '',
    '加强公务用车管理',
    '建立公务用车使用台账，落实定点停放和出车审批。',
    '2025年5月31日前',
  ];
  const rows = [...sample.rows.slice(1), added];
  const csv = `\uFEFF${[sample.columns, ...rows].map((row) => row.map((cell) => `"${String(cell ?? '').replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`;
  const file = testInfo.outputPath('问题清单（增删）.csv');
  await writeFile(file, csv);

  await page.getByRole('region', { name: '导入台账' }).getByLabel('导入台账…').setInputFiles(file);
  await page
    .getByRole('region', { name: /列对应/ })
    .getByRole('button', { name: '只更新变化的数值' })
    .click();
  const refresh = page.getByRole('region', { name: '用新台账更新数值' });
  await expect(refresh).toContainText('新增段落');
  await expect(refresh).toContainText('新增表格行');
  await expect(refresh).toContainText('已不在台账中：台账“问题清单”原第 2 行（问题类别“项目资金监管不严”');
  await expect(refresh).toContainText('将删除这一段');
  await refresh
    .getByText(/^新增段落/)
    .first()
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'docs/screenshots/refresh-repeats.png' });

  // One change alone first: the others keep pointing at the right paragraphs after it.
  await refresh.getByRole('listitem').filter({ hasText: '已不在台账中' }).first().getByRole('button', { name: '接受' }).click();
  await refresh.getByRole('button', { name: '全部接受' }).click();
  const body = page.getByRole('textbox', { name: '正文' });
  await expect(body).toContainText('公务用车管理混乱');
  await expect(body).toContainText('加强公务用车管理');
  await expect(body).not.toContainText('项目资金监管不严');
  await expect(body).toContainText('共发现问题3个');
});
