import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';

const draft = ['关于巡察工作情况的报告', '', '现将今年巡察工作情况报告如下。', '一、巡察发现的问题', '{{被巡察单位}}发现问题{{发现问题数}}个。', '二、下一步工作', '持续抓好整改落实。'].join('\n');

test('a section typed by hand is bound to a ledger in 另存为模板: the template lints clean and a draft from it prints the section once per ledger row', async ({ appPage: page }, testInfo) => {
  const ledger = testInfo.outputPath('巡察情况台账.csv');
  await writeFile(ledger, '被巡察单位,发现问题数\r\n县财政局,12\r\n县教育局,9\r\n县水利局,15\r\n');
  await page.getByLabel('粘贴草稿').fill(draft);
  await page.getByRole('button', { name: '识别并排版' }).click();
  const body = page.getByRole('textbox', { name: '正文' });
  await expect(body).toContainText('{{被巡察单位}}发现问题{{发现问题数}}个。');
  await page.getByRole('tab', { name: /^数据/ }).click();
  await page.getByRole('region', { name: '导入台账' }).getByLabel('导入台账…').setInputFiles(ledger);
  await expect(page.getByRole('region', { name: '导入台账' })).toContainText('巡察情况台账.csv');

  await page.getByRole('button', { name: '另存为模板…' }).click();
  const save = page.getByRole('dialog', { name: '另存为模板' });
  await save.getByLabel('模板名称').fill('巡察情况报告（逐单位）');
  await save.getByLabel('类别').selectOption('工作报告');
  const section = save.getByRole('group', { name: '巡察发现的问题' });
  await section.getByLabel('按台账逐行印出').check();
  await section.getByRole('combobox', { name: '台账', exact: true }).selectOption({ label: '巡察情况台账（3 行）' });
  await expect(save.getByRole('group', { name: '下一步工作' }).getByLabel('按台账逐行印出')).not.toBeChecked();
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/binding5-section.png' });
  await save.getByRole('button', { name: '保存模板' }).click();

  const saved = page.getByRole('dialog', { name: '已保存为本单位模板' });
  await expect(saved.getByRole('status')).toContainText('“巡察情况报告（逐单位）”1.0.0 已存入本单位模板');
  const lint = saved.getByRole('region', { name: '模板检查' });
  await expect(lint).toBeVisible();
  await expect(lint.getByRole('listitem').filter({ hasText: '错误' })).toHaveCount(0);
  await expect(lint.getByRole('listitem').filter({ hasText: '巡察情况台账' })).toHaveCount(0);
  await page.screenshot({ path: '/tmp/binding5-section-lint.png' });
  await saved.getByRole('button', { name: '知道了' }).click();

  // A new draft from it shows the section with the sample's column names, and the ledger fills it row by row.
  await page.getByRole('button', { name: '返回首页' }).click();
  await page.locator('.template-card-slot').filter({ hasText: '巡察情况报告（逐单位）' }).locator('.template-card').click();
  const fresh = page.getByRole('textbox', { name: '正文' });
  await expect(fresh).toContainText('【被巡察单位】发现问题【发现问题数】个。');
  await page.getByRole('tab', { name: /^数据/ }).click();
  await page.getByRole('region', { name: '导入台账' }).getByLabel('导入台账…').setInputFiles(ledger);
  await page.getByRole('region', { name: /列对应/ }).getByRole('button', { name: '应用', exact: true }).click();
  for (const line of ['县财政局发现问题12个。', '县教育局发现问题9个。', '县水利局发现问题15个。']) await expect(fresh).toContainText(line);
  await expect(fresh).not.toContainText('【被巡察单位】');
  await expect(fresh).toContainText('持续抓好整改落实。');
  await page.screenshot({ path: '/tmp/binding5-section-draft.png' });

  // Edited later from the filled draft: the dialog shows the section still printed per row, and the new version keeps it.
  await page.getByRole('button', { name: '另存为模板…' }).click();
  const again = page.getByRole('dialog', { name: '另存为模板' });
  const kept = again.getByRole('group', { name: '巡察发现的问题' });
  await expect(kept).toContainText('按台账“巡察情况台账”逐行印出');
  await expect(again.getByRole('group', { name: '下一步工作' })).not.toContainText('逐行印出（沿用');
  await kept.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/caret-section-kept.png' });
  await again.getByLabel('写作提示（只在编辑时显示，不会印出）').first().fill('每个被巡察单位一段。');
  await again.getByRole('button', { name: '保存模板' }).click();
  const resaved = page.getByRole('dialog', { name: '已保存为本单位模板' });
  await expect(resaved.getByRole('status')).toContainText('“巡察情况报告（逐单位）”1.0.1 已存入本单位模板');
  await expect(resaved.getByRole('region', { name: '模板检查' }).getByRole('listitem').filter({ hasText: '错误' })).toHaveCount(0);
  await resaved.getByRole('button', { name: '知道了' }).click();
  await page.getByRole('button', { name: '返回首页' }).click();
  await page.locator('.template-card-slot').filter({ hasText: '巡察情况报告（逐单位）' }).locator('.template-card').click();
  const next = page.getByRole('textbox', { name: '正文' });
  await expect(next).toContainText('【被巡察单位】发现问题【发现问题数】个。');
  await page.getByRole('tab', { name: /^数据/ }).click();
  await page.getByRole('region', { name: '导入台账' }).getByLabel('导入台账…').setInputFiles(ledger);
  await page.getByRole('region', { name: /列对应/ }).getByRole('button', { name: '应用', exact: true }).click();
  for (const line of ['县财政局发现问题12个。', '县教育局发现问题9个。', '县水利局发现问题15个。']) await expect(next).toContainText(line);
});
