import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { makeBadPacks, makeGoodPack } from '../fixtures/packs/make-bad-packs.ts';
import { expect, test } from './fixtures.ts';

const openPacks = async (page: Page) => {
  await page.getByRole('button', { name: '模板包', exact: true }).click();
  await expect(page.getByRole('heading', { name: '模板包', level: 1 })).toBeVisible();
};

const installedPacks = (page: Page) => page.evaluate(() => window.api.listPacks());

/** The run's workspace is shared: installing the test pack adds its units to the directory, so each test puts the settings back. */
let settingsBefore: unknown = null;
test.beforeEach(async ({ appPage: page }) => {
  const current = await page.evaluate(() => window.api.getPreferences());
  settingsBefore = current.ok ? current.result : null;
});
test.afterEach(async ({ appPage: page }) => {
  if (settingsBefore) await page.evaluate((preferences) => window.api.setPreferences(preferences as never), settingsBefore);
});

/** Drags a file from the desktop onto `target`, as Explorer does. */
async function dropFile(page: Page, target: Locator, file: string) {
  const bytes = [...(await readFile(file))];
  const transfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const data = new DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], name));
      return data;
    },
    { bytes, name: path.basename(file) },
  );
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

test('a signed pack of two templates is exported, checked, installed, upgraded and rolled back', async ({ appPage: page, exportDir }) => {
  await page.getByRole('button', { name: '设置', exact: true }).click();
  const signing = page.getByRole('region', { name: '签名密钥' });
  await signing.getByRole('button', { name: '生成签名密钥' }).click();
  const publicKey = await signing.getByTestId('own-public-key').inputValue();
  expect(publicKey).toMatch(/^[A-Za-z0-9_-]{43}$/);

  const trusted = page.getByRole('region', { name: '受信任的发布单位' });
  await trusted.getByLabel('发布单位名称').fill('本县纪委办公室');
  await trusted.getByLabel('对方的公钥').fill('不是公钥');
  await trusted.getByRole('button', { name: '添加' }).click();
  await expect(trusted.getByRole('alert')).toContainText('公钥应为 43 个字符的 base64url 文本');
  await trusted.getByLabel('对方的公钥').fill(publicKey);
  await trusted.getByRole('button', { name: '添加' }).click();
  await expect(trusted.getByRole('list', { name: '受信任的发布单位列表' })).toContainText('本县纪委办公室');
  await expect(trusted.getByLabel('发布单位名称')).toHaveValue('');
  await signing.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/packui-settings.png', fullPage: true });
  await page.getByRole('button', { name: '返回', exact: true }).click();

  await page.getByRole('button', { name: '安装或导出模板包…' }).click();
  await page.getByRole('button', { name: '导出模板包…' }).click();
  const dialog = page.getByRole('dialog', { name: '导出模板包' });
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('导出前请修改：模板、模板包编号、名称、发布单位');
  await dialog.getByLabel('模板包编号').fill('E2E County');
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  await expect(dialog.getByText('模板包编号只能包含小写字母')).toBeVisible();

  await dialog.getByRole('checkbox', { name: '请示', exact: true }).check();
  await dialog.getByRole('checkbox', { name: '年度工作总结', exact: true }).check();
  await expect(dialog.getByRole('group', { name: /模板（已选 2 个）/ })).toBeVisible();
  await dialog.getByLabel('模板包编号').fill('e2e-county.jw');
  await dialog.getByLabel('名称', { exact: true }).fill('县纪委公文模板');
  await dialog.getByLabel('发布单位').fill('本县纪委办公室');
  await expect(dialog.getByRole('checkbox', { name: /用本机签名密钥签名/ })).toBeChecked();
  await page.screenshot({ path: '/tmp/packui-export.png' });
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  await expect(dialog.getByTestId('pack-export-result')).toContainText('县纪委公文模板-1.0.0.gwpack');
  await dialog.getByRole('button', { name: '完成' }).click();
  const first = path.join(exportDir, '县纪委公文模板-1.0.0.gwpack');

  await page.getByLabel('安装模板包…').setInputFiles(first);
  const report = page.getByLabel('检查结果');
  await expect(report.getByTestId('pack-report-signature')).toHaveText(/已签名，来自受信任的发布单位“本县纪委办公室”/);
  await expect(report.getByTestId('pack-report-version')).toHaveText('首次安装 1.0.0');
  await expect(report.getByRole('list', { name: '“县纪委公文模板”中的模板' })).toContainText('请示');
  await expect(report.getByRole('list', { name: '“县纪委公文模板”中的模板' })).toContainText('年度工作总结');
  await expect(page.getByRole('group', { name: '安装前须知' })).toHaveCount(0);
  await page.screenshot({ path: '/tmp/packui-verify-signed.png', fullPage: true });
  await page.getByRole('button', { name: '安装', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已安装“县纪委公文模板”1.0.0' })).toBeVisible();
  const card = page.getByRole('listitem', { name: '模板包 县纪委公文模板' });
  await expect(card).toContainText('e2e-county.jw');
  await expect(card).toContainText('已签名 · 受信任');

  await card.getByRole('button', { name: '导出新版本…' }).click();
  await expect(dialog.getByLabel('版本号')).toHaveValue('1.1.0');
  await expect(dialog.getByRole('checkbox', { name: '请示', exact: true })).toBeChecked();
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  await expect(dialog.getByTestId('pack-export-result')).toContainText('县纪委公文模板-1.1.0.gwpack');
  await dialog.getByRole('button', { name: '完成' }).click();

  await page.getByLabel('安装模板包…').setInputFiles(path.join(exportDir, '县纪委公文模板-1.1.0.gwpack'));
  await expect(report.getByTestId('pack-report-version')).toHaveText('升级：本机已安装 1.0.0，将升级到 1.1.0');
  await page.getByRole('button', { name: '升级到 1.1.0' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已安装“县纪委公文模板”1.1.0（原为 1.0.0）' })).toBeVisible();
  await expect(card.locator('.pack-version')).toHaveText('1.1.0');

  // The older file is now a downgrade: shown, but not installable.
  await page.getByLabel('安装模板包…').setInputFiles(first);
  await expect(report.getByTestId('pack-report-version')).toHaveText('降级：本机已安装更新的 1.1.0');
  await expect(page.getByRole('alert').filter({ hasText: '不会用旧版本 1.0.0 覆盖已安装的 1.1.0' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^(安装|升级到 [\d.]+)$/ })).toHaveCount(0);
  await page.getByRole('button', { name: '关闭', exact: true }).click();
  await page.screenshot({ path: '/tmp/packui-installed.png', fullPage: true });

  await card.getByRole('button', { name: '回退到 1.0.0' }).click();
  await expect(page.getByRole('status').filter({ hasText: '“县纪委公文模板”已从 1.1.0 换回 1.0.0' })).toBeVisible();
  await expect(card.locator('.pack-version')).toHaveText('1.0.0');
  await expect(card.getByRole('button', { name: '改回 1.1.0' })).toBeVisible();
  const listed = await installedPacks(page);
  expect(listed.ok && listed.result.packs.find((pack) => pack.id === 'e2e-county.jw')).toMatchObject({ version: '1.0.0', previousVersion: '1.1.0' });

  // Once the key is no longer trusted, the same signed file needs the warning accepted.
  await page.getByRole('button', { name: '签名密钥与受信任的发布单位…' }).click();
  await expect(signing.getByRole('heading', { name: '签名密钥' })).toBeFocused();
  await expect(signing).toBeInViewport();
  await trusted.getByRole('button', { name: '移除受信任的发布单位 本县纪委办公室' }).click();
  await expect(trusted).toContainText('还没有受信任的发布单位。');
  await page.getByRole('button', { name: '返回', exact: true }).click();
  await page.getByLabel('安装模板包…').setInputFiles(path.join(exportDir, '县纪委公文模板-1.1.0.gwpack'));
  await expect(report.getByTestId('pack-report-signature')).toHaveText(/已签名，但签名密钥 \w+ 不在受信任的发布单位之列/);
  await expect(page.getByRole('group', { name: '安装前须知' })).toBeVisible();
  await expect(page.getByRole('button', { name: '升级到 1.1.0' })).toBeDisabled();
});

test('an unsigned pack installs only after its warning is accepted, and its template joins the gallery', async ({ appPage: page }) => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'packui-e2e-'));
  const file = path.join(folder, '县纪委通知模板.gwpack');
  await writeFile(file, makeGoodPack({ id: 'e2e-unsigned.jw' }));
  await openPacks(page);
  await page.getByLabel('安装模板包…').setInputFiles(file);
  await expect(page.getByTestId('pack-report-signature')).toHaveText('未签名');
  const warning = page.getByRole('group', { name: '安装前须知' });
  await expect(warning).toContainText('没有签名，无法确认它确实来自“某县纪委办公室”且未被改动');
  const install = page.getByRole('button', { name: '安装', exact: true });
  await expect(install).toBeDisabled();
  await page.screenshot({ path: '/tmp/packui-verify-unsigned.png', fullPage: true });
  await warning.getByLabel('我已了解上述风险，确认模板包来源可靠，仍然安装').check();
  await install.click();
  await expect(page.getByRole('status').filter({ hasText: '首页模板库中已加入：县纪委通知（xian-tongzhi）' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '单位名录新增 1 个单位：县财政局。' })).toBeVisible();
  await expect(page.getByRole('listitem', { name: '模板包 县纪委模板包' })).toContainText('未签名');

  await page.getByRole('button', { name: '到首页查看模板' }).click();
  await expect(page.getByRole('button', { name: /^县纪委通知（xian-tongzhi）/ })).toBeVisible();

  // The app's copy of the settings was read again: 设置 shows the unit, so saving there keeps it.
  await page.getByRole('button', { name: '设置', exact: true }).click();
  await expect(page.getByLabel('第1行全称')).toHaveValue('县财政局');
});

test('a hostile pack is refused with the entry named, and nothing changes', async ({ appPage: page }) => {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'packui-e2e-bad-'));
  const bad = await makeBadPacks(folder);
  await openPacks(page);
  const before = await installedPacks(page);
  for (const name of ['traversal.gwpack', 'hash-mismatch.gwpack', 'bad-signature.gwpack']) {
    const pack = bad.find((entry) => entry.file === name);
    if (!pack) throw new Error(`no hostile pack ${name}`);
    if (name === 'traversal.gwpack') await dropFile(page, page.getByRole('region', { name: '安装模板包' }), path.join(folder, pack.file));
    else await page.getByLabel('安装模板包…').setInputFiles(path.join(folder, pack.file));
    const refusal = page.getByRole('alert').filter({ hasText: `“${pack.file}”未通过检查，不能安装` });
    await expect(refusal).toContainText(pack.expected);
    await expect(page.getByRole('button', { name: '安装', exact: true })).toHaveCount(0);
    if (name === 'traversal.gwpack') await page.screenshot({ path: '/tmp/packui-refused.png', fullPage: true });
  }
  expect(await installedPacks(page)).toEqual(before);
});

test('a pack carrying 版头 settings takes them over when the box is ticked, and 设置 shows them', async ({ appPage: page }) => {
  const setOrgan = (fullName: string) =>
    page.evaluate(async (name) => {
      const current = await window.api.getPreferences();
      if (current.ok) await window.api.setPreferences({ ...current.result, organ: { fullName: name, signatureName: '', printer: `${name}办公室` } });
    }, fullName);
  await setOrgan('示范县纪律检查委员会');
  await openPacks(page);
  await page.getByRole('button', { name: '导出模板包…' }).click();
  const dialog = page.getByRole('dialog', { name: '导出模板包' });
  await dialog.getByRole('checkbox', { name: '函（信函式）', exact: true }).check();
  await dialog.getByLabel('模板包编号').fill('e2e-letterhead.jw');
  await dialog.getByLabel('名称', { exact: true }).fill('县纪委版头');
  await dialog.getByLabel('发布单位').fill('示范县纪委办公室');
  await dialog.getByRole('checkbox', { name: /版头设置/ }).check();
  await dialog.getByRole('checkbox', { name: /用本机签名密钥签名/ }).uncheck();
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  await expect(dialog.getByTestId('pack-export-result')).toContainText('县纪委版头-1.0.0.gwpack');
  const file = (await dialog.locator('.export-path').textContent()) ?? '';
  await dialog.getByRole('button', { name: '完成' }).click();

  await setOrgan('另一个机关');
  await page.getByLabel('安装模板包…').setInputFiles(file);
  await expect(page.getByLabel('检查结果')).toContainText('有（发文机关、发文代字、签发人）');
  await page.getByLabel('我已了解上述风险，确认模板包来源可靠，仍然安装').check();
  await page.getByLabel(/同时采用模板包中的版头设置/).check();
  await page.getByRole('button', { name: '安装', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已采用模板包中的版头设置' })).toBeVisible();

  await page.getByRole('button', { name: '设置', exact: true }).click();
  await expect(page.getByLabel('发文机关全称')).toHaveValue('示范县纪律检查委员会');
});
