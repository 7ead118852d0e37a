import { readdir } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const csv = (rows: string[][]) => `${rows.map((row) => row.join(',')).join('\r\n')}\r\n`;

/** A 机关代字 no other run on the same workspace uses: digits are not allowed in one. */
function uniquePrefix(): string {
  const stems = '甲乙丙丁戊己庚辛壬癸';
  const n = Date.now();
  return `某${stems[n % 10]}${stems[Math.floor(n / 10) % 10]}${stems[Math.floor(n / 100) % 10]}${stems[Math.floor(n / 1000) % 10]}批`;
}

/** The directory in 设置 is shared by the whole run's workspace: set through the API, the page reloaded to read it, emptied afterwards. */
async function setDirectory(page: Page, names: readonly string[]): Promise<void> {
  await page.evaluate(async (units) => {
    const current = await window.api.getPreferences();
    if (!current.ok) throw new Error(current.error.message);
    const saved = await window.api.setPreferences({ ...current.result, units: units.map((name) => ({ name, short: '你局', category: '县直单位' })) });
    if (!saved.ok) throw new Error(saved.error.message);
  }, names);
  await page.reload();
}

test.afterEach(async ({ appPage: page }) => {
  await page.evaluate(async () => {
    const current = await window.api.getPreferences();
    if (current.ok) await window.api.setPreferences({ ...current.result, units: [] });
  });
});

async function openBatch(page: Page, ledger: string[][]): Promise<void> {
  await page.getByRole('button', { name: '批量生成', exact: true }).click();
  await expect(page.getByRole('heading', { name: '批量生成', exact: true })).toBeVisible();
  await page.getByLabel('模板').selectOption({ label: '问题整改通知书（整改通知书）' });
  await page
    .getByRole('region', { name: '问题台账' })
    .locator('input[type=file]')
    .setInputFiles({ name: '问题台账.csv', mimeType: 'text/csv', buffer: iconv.encode(csv(ledger), 'gbk') });
  await expect(page.getByTestId('ledger-encoding')).toHaveText('GB18030');
}

async function fillShared(page: Page, prefix: string, folder: string): Promise<void> {
  await page.getByLabel('检查事项简称').fill('工程建设管理');
  await page.getByLabel('检查内容').fill('工程建设项目管理');
  await page.getByLabel('检查时间').fill('2026年10月');
  await page.getByLabel('联系人').fill('陈某');
  await page.getByLabel('联系电话').fill('0000-1234567');
  await page.getByLabel('机关代字（文号）').fill(prefix);
  await page.getByLabel('经办人').fill('测试员');
  await page.getByLabel(/文件夹名/).fill(folder);
}

test('a GBK ledger of three units: the unit missing from the directory is named with its row, fixed in 设置, then the run shows progress and a summary, and the 登记簿 lists the notices', async ({
  appPage: page,
  exportDir,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now() % 1_000_000;
  const [water, health, forest] = [`示范县水利局${stamp}`, `示范县卫健委${stamp}`, `示范县林业局${stamp}`];
  const prefix = uniquePrefix();
  const folder = `批量测试${stamp}`;
  await setDirectory(page, [water, health]);
  await openBatch(page, [
    ['责任单位', '问题类别', '问题描述', '整改要求', '整改时限'],
    [water, '落实全面从严治党战略部署方面', '工程项目变更审批不规范。', '完善变更审批制度。', '2027年3月31日前'],
    [water, '落实全面从严治党战略部署方面', '河道采砂监管存在漏洞。', '建立巡查台账。', '2027年2月28日前'],
    [health, '落实新时代党的组织路线方面', '干部轮岗交流制度执行不到位。', '制定轮岗计划。', '2027年4月30日前'],
    [forest, '落实新时代党的组织路线方面', '护林员考勤流于形式。', '规范考勤。', '2027年4月30日前'],
  ]);
  await fillShared(page, prefix, folder);
  await expect(page.getByLabel(/按此列分组/)).toHaveValue('责任单位');
  await expect(page.getByText('设置中的单位名录（2 个单位）')).toBeVisible();

  const problems = page.getByRole('list', { name: '生成前须处理的问题' });
  await expect(problems).toContainText(`单位“${forest}”（台账“巡察问题清单”第 5 行）不在单位名录`);
  const groups = page.getByRole('table', { name: '各单位及其台账行' });
  await expect(groups.locator('tbody tr')).toHaveCount(3);
  await expect(groups.locator('tbody tr').nth(0)).toContainText('第 2、3 行');
  await expect(page.getByRole('button', { name: '开始生成' })).toBeDisabled();
  await expect(page.getByTestId('batch-blocker')).toContainText('还有 1 个问题未处理');

  // Grouping by another column regroups the rows at once.
  await page.getByLabel(/按此列分组/).selectOption('问题类别');
  await expect(groups.locator('tbody tr')).toHaveCount(2);
  await page.getByLabel(/按此列分组/).selectOption('责任单位');
  await expect(groups.locator('tbody tr')).toHaveCount(3);

  // The fix: the missing unit added in 设置; the screen keeps what was read and previews again.
  await page.getByRole('button', { name: '在设置中编辑单位名录' }).click();
  await page.getByText('粘贴导入').click();
  await page.getByLabel(/每行一个单位/).fill(`${forest}\t你局\t县直单位`);
  await page.getByRole('button', { name: '导入到名录' }).click();
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('设置已保存。')).toBeVisible();
  await page.getByRole('button', { name: '返回', exact: true }).click();
  await expect(page.getByText('设置中的单位名录（3 个单位）')).toBeVisible();
  await expect(problems).toHaveCount(0);
  await expect(page.getByLabel('联系人')).toHaveValue('陈某');

  await page.getByRole('button', { name: '开始生成' }).click();
  await expect(page.getByRole('progressbar', { name: '批量生成进度' })).toBeVisible();
  await expect(page.getByTestId('batch-progress-text')).toContainText(/\d+\/\d+ /);
  const summary = page.getByRole('region', { name: '生成结果' });
  await expect(summary.getByRole('status')).toContainText(`已生成 3 份通知及送达回证，文号 ${prefix}〔`, { timeout: 60_000 });
  const report = summary.getByRole('table', { name: '差异报告' });
  await expect(report.locator('tbody tr')).toHaveCount(3);
  await expect(report.locator('tbody tr').nth(0)).toContainText(water);
  await expect(report.locator('tbody tr').nth(0)).toContainText('（第 2、3 行）');
  await expect(report.locator('tbody tr').nth(0)).toContainText('整改通知书.docx');
  await page.screenshot({ path: 'docs/screenshots/batch.png', fullPage: true });

  const files = await readdir(path.join(exportDir, folder));
  expect(files.filter((name) => name.endsWith('.docx'))).toHaveLength(3 * 2 + 1);
  expect(files).toContain('差异报告 问题整改通知书.xlsx');
  const pdf = await summary.getByTestId('batch-pdf').textContent();
  if (pdf === '合并打印 问题整改通知书.pdf') expect(files).toContain(pdf);
  else expect(pdf).toMatch(/未找到 LibreOffice/);

  await summary.getByRole('button', { name: '查看登记簿' }).click();
  await page.getByLabel('搜索发文登记簿').fill(prefix);
  const register = page.getByRole('table', { name: '发文登记簿' });
  await expect(register.locator('tbody tr')).toHaveCount(3);
  await expect(register).toContainText(forest);

  // After a restart of the page the finished run is still listed, from the workspace, with its folder and 文号.
  await page.reload();
  await page.getByRole('button', { name: '批量生成', exact: true }).click();
  const recent = page.getByRole('region', { name: '最近的批量生成' });
  const listed = recent.getByRole('listitem').filter({ hasText: path.join(exportDir, folder) });
  await expect(listed).toContainText(`3 份，文号 ${prefix}〔`);
  await expect(listed).toContainText('问题整改通知书');
  await listed.getByRole('button', { name: '查看结果' }).click();
  const reopened = listed.getByRole('region', { name: '生成结果' });
  await expect(reopened.getByRole('table', { name: '差异报告' }).locator('tbody tr')).toHaveCount(3);
  await expect(reopened.getByRole('table', { name: '差异报告' }).locator('tbody tr').nth(2)).toContainText(forest);
  await listed.screenshot({ path: '/tmp/batch5-recent.png' });
  await page.screenshot({ path: '/tmp/batch5-recent-page.png', fullPage: true });
});

test('取消 stops a long run: the run’s own message, no files left, nothing registered', async ({ appPage: page, exportDir }) => {
  const stamp = Date.now() % 1_000_000;
  const units = Array.from({ length: 120 }, (_, i) => `示范镇${stamp}第${i + 1}村`);
  const prefix = uniquePrefix();
  const folder = `取消测试${stamp}`;
  await setDirectory(page, units);
  await openBatch(page, [
    ['责任单位', '问题类别', '问题描述', '整改要求', '整改时限'],
    ...units.map((unit) => [unit, '其他方面', '村务公开不及时。', '按月公开。', '2027年3月31日前']),
  ]);
  await fillShared(page, prefix, folder);
  const pdf = page.getByLabel('同时生成合并PDF');
  if (await pdf.isEnabled()) await pdf.setChecked(false);
  await expect(page.getByRole('table', { name: '各单位及其台账行' }).locator('tbody tr')).toHaveCount(120);
  await page.getByRole('button', { name: '开始生成' }).click();
  await expect(page.getByTestId('batch-progress-text')).toContainText('正在生成');
  // From the keyboard: focus went to 取消 when the run started.
  await expect(page.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '批量生成已取消' })).toBeVisible({ timeout: 30_000 });
  expect(await readdir(path.join(exportDir, folder)).catch(() => [])).toEqual([]);
  const registered = await page.evaluate(async (query) => {
    const listed = await window.api.listIssued({ asOf: '2026-01-01', query });
    return listed.ok ? listed.result.length : -1;
  }, prefix);
  expect(registered).toBe(0);
});

test('a ledger whose column the template needs goes by another name: the mapping step on the screen maps it, and the groups preview again without the problem', async ({ appPage: page }) => {
  test.setTimeout(90_000);
  const stamp = Date.now() % 1_000_000;
  const water = `某某县水利局${stamp}`;
  // A header of this run's own, so no mapping remembered by an earlier run applies.
  const described = `情况${stamp}`;
  await setDirectory(page, [water]);
  await openBatch(page, [
    ['责任单位', '问题类别', described, '整改要求', '整改时限'],
    [water, '落实全面从严治党战略部署方面', '工程项目变更审批不规范。', '完善变更审批制度。', '2027年3月31日前'],
    [water, '落实全面从严治党战略部署方面', '河道采砂监管存在漏洞。', '建立巡查台账。', '2027年2月28日前'],
  ]);
  await fillShared(page, uniquePrefix(), `列对应测试${stamp}`);

  await expect(page.getByRole('list', { name: '生成前须处理的问题' })).toContainText('缺少模板“问题整改通知书”需要的“问题描述”列');
  const mapping = page.getByRole('region', { name: '列对应：台账缺少“问题描述”列' });
  await expect(mapping).toBeVisible();
  const choice = mapping.getByLabel('列“问题描述”对应的表头');
  await expect(choice).toHaveValue('');
  // The unit column is fed by the grouping column already.
  await expect(mapping.getByLabel('列“被巡察单位”对应的表头')).toHaveValue('责任单位');
  await choice.selectOption(described);
  await page.screenshot({ path: '/tmp/batch-mapping.png', fullPage: true });
  await mapping.getByRole('button', { name: '保存对应并重新预览' }).click();

  await expect(mapping).toBeHidden();
  await expect(page.getByRole('list', { name: '生成前须处理的问题' })).toBeHidden();
  await expect(page.getByRole('table', { name: '各单位及其台账行' }).locator('tbody tr')).toHaveCount(1);
  await expect(page.getByRole('button', { name: '开始生成' })).toBeEnabled();
  await page.screenshot({ path: '/tmp/batch-mapping-saved.png', fullPage: true });
});
