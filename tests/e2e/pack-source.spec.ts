import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { testContents, testTemplate } from '../fixtures/packs/make-bad-packs.ts';
import { writePack } from '../../host/pack/write-pack.ts';
import { expect, test } from './fixtures.ts';

/** Its own pack id, name and template id, so this spec never meets a pack another spec installs in the shared workspace. */
const packId = 'e2e-shared.jw';
const packName = '共享来源测试包';
const pack = (version: string, title: string) =>
  writePack({ id: packId, name: packName, version, publisher: '某县纪委办公室', created: '2026-03-01' }, testContents(testTemplate('e2e-shared-tongzhi', title)));

/** The workspace is shared by the whole run, and other specs' packs bring units: start and end with no source and no units. */
const clearSource = async ({ appPage: page }: { appPage: Page }) => {
  await page.evaluate(async () => {
    const current = await window.api.getPreferences();
    if (current.ok) await window.api.setPreferences({ ...current.result, packSource: '', units: [] });
  });
};
test.beforeEach(clearSource);
test.afterEach(clearSource);

const openPacks = async (page: Page) => {
  await page.getByRole('button', { name: '模板包', exact: true }).click();
  await expect(page.getByRole('heading', { name: '模板包', level: 1 })).toBeVisible();
  return page.getByRole('region', { name: '共享来源' });
};

const setSource = async (page: Page, source: string) => {
  await page.getByRole('button', { name: '设置', exact: true }).click();
  await page.getByRole('region', { name: '共享来源' }).getByLabel('共享文件夹或网址').fill(source);
  await page.getByRole('button', { name: '保存设置' }).click();
};

test('a shared folder is named in the settings; the 模板包 screen lists its packs, installs one after the warning, and updates it', async ({ appPage: page }) => {
  const shared = await mkdtemp(path.join(os.tmpdir(), 'gongwen-e2e-shared-'));
  await writeFile(path.join(shared, '县纪委共享模板包-1.0.0.gwpack'), await pack('1.0.0', '关于开展专项检查的通知'));

  let section = await openPacks(page);
  await expect(section).toContainText('还没有设置共享来源');
  await section.getByRole('button', { name: '到设置中填写…' }).click();
  await page.getByRole('region', { name: '共享来源' }).getByLabel('共享文件夹或网址').fill('共享文件夹');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByRole('alert').first()).toContainText('共享来源：共享来源应为完整的文件夹路径');

  await page.getByRole('region', { name: '共享来源' }).getByLabel('共享文件夹或网址').fill(path.join(shared, '不存在'));
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('设置已保存。')).toBeVisible();
  await page.getByRole('button', { name: '返回', exact: true }).click();
  await expect(section.getByRole('alert')).toContainText('文件夹不存在，或网络位置当前不可达');
  await expect(section.getByRole('alert')).toContainText('未作任何改动');

  await setSource(page, shared);
  await page.getByRole('button', { name: '返回', exact: true }).click();
  section = page.getByRole('region', { name: '共享来源' });
  const table = section.getByRole('table', { name: '共享来源中的模板包' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table).toContainText(packName);
  await expect(table).toContainText('未安装');
  await section.getByRole('button', { name: `安装“${packName}”` }).click();
  await expect(section.getByRole('alert')).toContainText('没有签名');
  await section.getByRole('button', { name: '仍然安装' }).click();
  await expect(section.getByRole('status')).toContainText(`已安装“${packName}”1.0.0；单位名录新增 1 个单位（县财政局）`);
  await expect(table).toContainText('已安装');
  await expect(page.getByRole('listitem', { name: `模板包 ${packName}` })).toContainText('1.0.0');

  await writeFile(path.join(shared, '县纪委共享模板包-1.1.0.gwpack'), await pack('1.1.0', '关于开展第二轮专项检查的通知'));
  await section.getByRole('button', { name: '刷新列表' }).click();
  await expect(table).toContainText('有更新（本机 1.0.0）');
  await expect(table).toContainText('1.1.0');
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/packsource-list.png', fullPage: true });
  await section.getByRole('button', { name: `更新“${packName}”` }).click();
  await section.getByRole('button', { name: '仍然安装' }).click();
  await expect(section.getByRole('status')).toContainText(`已将“${packName}”从 1.0.0 更新到 1.1.0`);
  await expect(table).toContainText('已安装');
  await page.screenshot({ path: '/tmp/packsource-updated.png', fullPage: true });

  // The unit the pack brought is in the directory when 设置 opens, and saving the settings keeps it.
  await page.getByRole('button', { name: '设置', exact: true }).click();
  await expect(page.getByLabel('第1行全称')).toHaveValue('县财政局');
  await page.screenshot({ path: '/tmp/packsource-settings.png', fullPage: true });
  await page.getByRole('button', { name: '保存设置' }).click();
  const saved = await page.evaluate(() => window.api.getPreferences());
  expect(saved.ok && saved.result.units.map((unit) => unit.name)).toEqual(['县财政局']);
  const installed = await page.evaluate(() => window.api.listPacks());
  expect(installed.ok && installed.result.packs.find((p) => p.id === packId)).toMatchObject({ version: '1.1.0', previousVersion: '1.0.0' });
});
