import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Settings are shared by the whole run's workspace (and installing a pack merges its units): each test starts from empty settings and restores them. */
const clearSettings = async ({ appPage: page }: { appPage: Page }) => {
  await page.evaluate(async () => {
    const current = await window.api.getPreferences();
    if (current.ok)
      await window.api.setPreferences({
        ...current.result,
        organ: { fullName: '', signatureName: '', printer: '' },
        defaultSigners: [],
        numberPrefixes: [],
        units: [],
        holidays: [],
      });
  });
};
test.beforeEach(clearSettings);
test.afterEach(clearSettings);

test('settings prefill a blank notice; addressees are picked from the directory; the form switches without losing text', async ({ appPage: page }) => {
  await page.getByRole('button', { name: '设置', exact: true }).click();
  await page.getByLabel('发文机关全称').fill('中共示范县纪律检查委员会');
  await page.getByLabel('印发机关').fill('中共示范县纪律检查委员会办公室');
  await page.getByLabel('默认签发人').fill('张某某');
  await page.getByRole('button', { name: '添加代字' }).click();
  await page.getByLabel('第1个代字', { exact: true }).fill('某纪发');

  await page.getByText('粘贴导入').click();
  await page.getByLabel(/每行一个单位/).fill('全称\t简称\t类别\n各乡镇纪委\t\t统称\n县直各单位\t\t统称\n县财政局\t你局\t县直单位\n示范镇纪委\t你镇\t乡镇');
  await page.getByRole('button', { name: '导入到名录' }).click();
  await expect(page.getByRole('status')).toContainText('新增 4 个单位');
  await expect(page.getByLabel('第3行简称')).toHaveValue('你局');

  await page.getByRole('button', { name: '添加年份' }).click();
  await page.getByLabel('第1行年份').fill('2025');
  await page.getByLabel('第1行节假日').fill('10月1日至10月8日');
  await page.getByLabel('第1行调休上班日').fill('9月28日、10月11日');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(page.getByText('设置已保存。')).toBeVisible();
  await expect(page.getByTestId('data-folder')).toContainText('workspace');
  await expect(page.getByLabel('第1行节假日')).toHaveValue('10月1日至10月8日');
  await page.screenshot({ path: 'docs/screenshots/settings.png', fullPage: true });

  const saved = await page.evaluate(() => window.api.getPreferences());
  expect(saved).toMatchObject({ ok: true, result: { numberPrefixes: [{ prefix: '某纪发', sequence: '某纪发' }], defaultSigners: ['张某某'] } });
  expect(saved.ok && saved.result.holidays[0]?.holidays).toHaveLength(8);

  await page.getByRole('button', { name: '返回', exact: true }).click();
  await page.getByRole('button', { name: '新建空白通知' }).click();
  await expect(page.getByLabel('发文机关', { exact: true })).toHaveValue('中共示范县纪律检查委员会');
  await expect(page.getByLabel('署名', { exact: true })).toHaveValue('中共示范县纪律检查委员会');
  await expect(page.getByLabel('印发机关', { exact: true })).toHaveValue('中共示范县纪律检查委员会办公室');

  await page.getByRole('button', { name: '选择主送' }).click();
  const picker = page.getByRole('dialog', { name: '从单位名录选择主送' });
  await expect(picker.getByRole('group', { name: '统称' })).toBeVisible();
  await picker.getByLabel('各乡镇纪委').check();
  await picker.getByLabel('县直各单位').check();
  await picker.getByRole('button', { name: '确定' }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByLabel('主送机关')).toHaveValue('各乡镇纪委、县直各单位');

  // Esc leaves the list as it was.
  await page.getByRole('button', { name: '选择抄送' }).click();
  await page.getByRole('dialog').getByLabel('县财政局').check();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByRole('textbox', { name: '抄送', exact: true })).toHaveValue('');

  const title = `关于开展警示教育月活动的通知（设置${Date.now()}）`;
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('发文字号').fill('某纪发〔2024〕9号');
  await page.getByLabel('印发机关', { exact: true }).fill('县纪委办公室');
  await page.getByLabel('版式', { exact: true }).selectOption({ label: '信函式' });
  await expect(page.getByLabel('印发机关', { exact: true })).toBeHidden();
  await expect(page.getByLabel('发文字号')).toHaveValue('某纪发〔2024〕9号');
  await expect(page.getByLabel('版面预览').first().getByLabel('第1页')).not.toContainText('中共示范县纪律检查委员会文件');
  await page.getByLabel('版式', { exact: true }).selectOption({ label: '文件式' });
  await expect(page.getByLabel('标题')).toHaveValue(title);
  await expect(page.getByLabel('主送机关')).toHaveValue('各乡镇纪委、县直各单位');
  await expect(page.getByLabel('印发机关', { exact: true })).toHaveValue('县纪委办公室');
  await expect(page.getByLabel('版面预览').first().getByLabel('第1页')).toContainText('中共示范县纪律检查委员会文件');

  const date = page.getByLabel('成文日期');
  await date.fill('2024年3月5日');
  await date.press('Enter');
  await page.getByLabel('日期写法').selectOption('chinese');
  await expect(date).toHaveValue('二〇二四年三月五日');
  await expect(page.getByLabel('版面预览').first()).toContainText('二〇二四年三月五日');
  await page.screenshot({ path: 'docs/screenshots/header.png' });
});

test('a 请示 shows 签发人 from settings; secrecy, urgency and joint organs reach the pages', async ({ appPage: page }) => {
  const current = await page.evaluate(() => window.api.getPreferences());
  if (!current.ok) throw new Error(current.error.message);
  await page.evaluate(
    (preferences) => window.api.setPreferences({ ...preferences, organ: { fullName: '中共示范县纪律检查委员会', signatureName: '', printer: '' }, defaultSigners: ['张某某'] }),
    current.result,
  );
  await page.reload();
  await page.getByRole('button', { name: '新建空白通知' }).click();
  await expect(page.getByLabel('签发人')).toHaveCount(0);
  await page.getByLabel('文种', { exact: true }).selectOption('请示');
  await page.getByLabel('签发人').fill('张某某、李某某');
  await page.getByLabel('份号').fill('12');
  await page.getByLabel('份号').press('Enter');
  await expect(page.getByLabel('份号')).toHaveValue('000012');
  await page.getByLabel('密级').selectOption('机密');
  await page.getByLabel('保密期限').fill('1年');
  await page.getByLabel('紧急程度').selectOption('特急');
  await page.getByRole('button', { name: '＋ 联合行文机关' }).click();
  await page.getByLabel('第2个机关', { exact: true }).fill('示范县监察委员会');
  await page.getByLabel('附注').fill('联系人：王某某，电话：1234567');

  const first = page.getByLabel('版面预览').first().getByLabel('第1页');
  await expect(first).toContainText('000012');
  await expect(first).toContainText('机密★1年');
  await expect(first).toContainText('特急');
  await expect(first).toContainText('示范县监察委员会');
  await expect(first).toContainText('签发人：');
  await expect(first).toContainText('（联系人：王某某，电话：1234567）');

  await page.getByLabel('份号').fill('12345678');
  await page.getByLabel('份号').press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: '份号应为' })).toBeVisible();
  await expect(first).toContainText('000012');
});

test('bad settings are named by row and field and nothing is saved', async ({ appPage: page }) => {
  await page.getByRole('button', { name: '设置', exact: true }).click();
  await page.getByRole('button', { name: '添加单位' }).click();
  await page.getByLabel('第1行简称').fill('你局');
  await page.getByRole('button', { name: '添加年份' }).click();
  await page.getByLabel('第1行年份').fill('2025');
  await page.getByLabel('第1行节假日').fill('10月1日、10月32日');
  await page.getByRole('button', { name: '保存设置' }).click();
  const alert = page.getByRole('alert').filter({ hasText: '设置未保存' });
  await expect(alert).toContainText('节假日表第1行 2025年节假日：“10月32日”不是有效日期');
  await page.getByLabel('第1行节假日').fill('10月1日');
  await page.getByRole('button', { name: '保存设置' }).click();
  await expect(alert).toContainText('单位名录第1行 全称：全称不能为空');
  const saved = await page.evaluate(() => window.api.getPreferences());
  expect(saved).toMatchObject({ ok: true, result: { units: [], holidays: [] } });
});
