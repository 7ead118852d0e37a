/**
 * The whole job for a 问题整改通知书, the way a secretary does it: template from the gallery →
 * 版头 (发文机关, 主送 from the unit directory, 成文日期) → the problems from a GBK .csv ledger
 * through the 数据 tab and its mapping step → where a value came from → a checker fix →
 * Ctrl+S named version, an edit, restore → 取号/定稿 → export → the .docx holds the ledger's
 * values, and the 文号 is in the register.
 */
import { readFile, writeFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import { docxParagraphTexts } from '../support/docx-parts.ts';
import { typeWithIme } from '../support/ime.ts';
import { clickAtEnd } from '../support/click-at-end.ts';
import { expect, test } from './fixtures.ts';

const csv = (rows: readonly (readonly string[])[]) => `${rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\r\n')}\r\n`;

/** The office's 巡察问题清单 as exported from WPS on a Chinese Windows: GBK, 存在问题 where the template says 问题描述. */
const ledgerHeaders = ['被巡察单位', '问题类别', '存在问题', '整改要求', '整改时限'];
const ledgerRows = [
  ['示范县教育局', '落实全面从严治党战略部署方面', '学校食堂食材采购未执行询价比价，账实不符。', '建立食材采购询价比价制度。', '2025年3月31日前'],
  ['示范县财政局', '贯彻落实党的路线方针政策和党中央重大决策部署方面', '一般性支出压减未达到规定比例。', '严格执行预算管理规定。', '2025年2月28日前'],
  ['示范县教育局', '落实全面从严治党战略部署方面', '学生营养餐补助资金发放台账缺失。', '逐校补建发放台账并公示。', '2025年3月31日前'],
  ['示范县教育局', '落实中央八项规定精神方面', '校长公务接待超标准2次，未履行审批手续。', '清退超标准费用，严格执行公务接待审批。', '2025年2月28日前'],
];

test.afterEach(async ({ appPage: page }) => {
  await page.evaluate(async () => {
    const current = await window.api.getPreferences();
    if (current.ok) await window.api.setPreferences({ ...current.result, units: [] });
  });
});

test('问题整改通知书 from template to registered .docx: header, GBK ledger, provenance, a fix, versions, IME, export and the 文号 register', async ({
  appPage: page,
  exportDir,
}, testInfo) => {
  test.setTimeout(180_000);
  // The unit directory the 主送 picker offers, as 设置 keeps it.
  await page.evaluate(async () => {
    const current = await window.api.getPreferences();
    if (!current.ok) throw new Error(current.error.message);
    const units = [
      { name: '中共示范县财政局党组', short: '你局', category: '县直单位' },
      { name: '中共示范县教育局党组', short: '你局', category: '县直单位' },
    ];
    const saved = await window.api.setPreferences({ ...current.result, units });
    if (!saved.ok) throw new Error(saved.error.message);
  });
  await page.reload();

  // 1. The template, from the gallery.
  await page.getByRole('button', { name: /^问题整改通知书/ }).click();
  const body = page.getByRole('textbox', { name: '正文' });
  await expect(body).toContainText('经检查，你局存在以下问题：');

  // 2. 版头: 发文机关, the title, 主送 picked from the directory, 成文日期.
  await page.getByLabel('发文机关', { exact: true }).fill('中共示范县纪律检查委员会第三纪检监察室');
  const title = '关于示范县教育局学校食堂财务管理问题的整改通知书';
  await page.getByLabel('标题').fill(title);
  await page.getByLabel('主送机关').fill('');
  await page.getByRole('button', { name: '选择主送' }).click();
  const picker = page.getByRole('dialog', { name: '从单位名录选择主送' });
  await picker.getByLabel('中共示范县教育局党组').check();
  await picker.getByRole('button', { name: '确定' }).click();
  await expect(page.getByLabel('主送机关')).toHaveValue('中共示范县教育局党组');
  const date = page.getByLabel('成文日期');
  await date.fill('2025.1.6');
  await date.press('Enter');
  await expect(date).toHaveValue('2025年1月6日');

  // 3. The writer's own sentence, typed through the IME after the template's 整改要求.
  await clickAtEnd(body.locator('p').filter({ hasText: '建章立制。' }));
  await typeWithIme(page, 'zhenggai', '整改情况要形成台账，逐项对账销号。');
  await expect(body).toContainText('建章立制。整改情况要形成台账，逐项对账销号。');
  await expect(page.getByLabel('版面预览').first()).toContainText('逐项对账销号。');

  // 4. The problems from the office's GBK ledger, through the 数据 tab and the mapping step.
  await page.getByRole('tab', { name: /^数据/ }).click();
  const file = testInfo.outputPath('巡察问题清单.csv');
  await writeFile(file, iconv.encode(csv([ledgerHeaders, ...ledgerRows]), 'gbk'));
  const ledger = page.getByRole('region', { name: '导入台账' });
  await ledger.getByLabel('导入台账…').setInputFiles(file);
  await expect(ledger.getByTestId('ledger-encoding')).toHaveText('GB18030');
  const mapping = page.getByRole('region', { name: /列对应/ });
  await expect(mapping.getByLabel('列“问题描述”对应的表头')).toHaveValue('存在问题');
  await expect(mapping.getByLabel('列“被巡察单位”对应的表头')).toHaveValue('被巡察单位');
  await mapping.getByRole('button', { name: '应用' }).click();
  await expect(mapping.getByRole('status')).toContainText('已用台账“巡察问题清单.csv”更新公文中来自台账的数值');
  for (const row of ledgerRows.filter((r) => r[0] === '示范县教育局')) await expect(body).toContainText(row[2]!);
  await expect(body).not.toContainText('一般性支出压减未达到规定比例。');
  await expect(body).not.toContainText('部分学校党组织');
  await expect(body).toContainText('整改情况要形成台账，逐项对账销号。');
  await expect(page.getByLabel('主送机关')).toHaveValue('中共示范县教育局党组');
  await page.screenshot({ path: testInfo.outputPath('2-data.png') });

  // 5. Where a value came from: one click on its chip.
  await body.getByRole('button', { name: '学生营养餐补助资金发放台账缺失。' }).click();
  const popover = page.getByRole('dialog', { name: '问题描述' });
  await expect(popover).toContainText('台账“巡察问题清单”');
  await expect(popover).toContainText('“问题描述”列');
  await expect(popover).toContainText('第 4 行');
  await page.screenshot({ path: testInfo.outputPath('3-provenance.png') });
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();

  // 6. A checker finding fixed with one click: a half-width comma typed in a hurry.
  await clickAtEnd(body.locator('p').filter({ hasText: '逐项对账销号。' }));
  await page.keyboard.insertText('各校要立即自查,按期整改。');
  await page.getByRole('tab', { name: /^检查/ }).click();
  const findings = page.getByRole('region', { name: '检查结果' });
  const comma = findings.getByRole('listitem').filter({ hasText: '半角标点' });
  await expect(comma).toHaveCount(1);
  await comma.getByRole('button', { name: '修正' }).click();
  await expect(findings.getByRole('status')).toContainText('已修正 1 处');
  await expect(body).toContainText('各校要立即自查，按期整改。');
  await expect(findings.getByRole('listitem').filter({ hasText: '半角标点' })).toHaveCount(0);
  await expect(page.getByText(/已自动保存/)).toBeVisible();

  // 7. Ctrl+S saves a named version; an edit after it is undone by restoring it.
  await body.click();
  await page.keyboard.press('Control+s');
  const save = page.getByRole('dialog', { name: '保存版本' });
  await save.getByRole('radio', { name: '送审稿' }).check();
  await save.getByRole('button', { name: '保存版本' }).click();
  await expect(save).toBeHidden();
  const versions = page.getByRole('list', { name: '已保存的版本' });
  await expect(versions).toContainText('送审稿');
  await clickAtEnd(body.locator('p').filter({ hasText: '按期整改。' }));
  await page.keyboard.insertText('（送审后误加的一句）');
  await expect(body).toContainText('（送审后误加的一句）');
  await expect(page.getByText(/已自动保存/)).toBeVisible();
  await page.getByRole('button', { name: /^恢复“送审稿”/ }).click();
  await page.getByRole('dialog', { name: '恢复版本' }).getByRole('button', { name: '恢复' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已恢复到“送审稿”' })).toBeVisible();
  await expect(body).not.toContainText('（送审后误加的一句）');
  await expect(body).toContainText('各校要立即自查，按期整改。');
  await expect(body).toContainText('学生营养餐补助资金发放台账缺失。');

  // 8. 取号 / 定稿: the register proposes the next number of the template's sequence and takes it.
  await page.getByRole('button', { name: '取号 / 定稿' }).click();
  const numbering = page.getByRole('dialog', { name: '取号与定稿' });
  await expect(numbering.getByLabel('机关代字')).toHaveValue('某纪三室整改');
  await numbering.getByLabel('经办人').fill('陈某');
  const proposed = (await numbering.getByTestId('proposed-number').textContent()) ?? '';
  expect(proposed).toMatch(/^某纪三室整改〔\d{4}〕\d+号$/);
  await numbering.getByRole('button', { name: '定稿并登记文号' }).click();
  await expect(numbering.getByRole('status')).toContainText(`已定稿：文号“${proposed}”已登记并写入版头`);
  await numbering.getByRole('button', { name: '完成' }).click();
  await expect(page.getByLabel('发文字号')).toHaveValue(proposed);

  // 9. Export: the .docx carries the ledger's problems, the header and the writer's text.
  await page.getByRole('button', { name: '导出 Word' }).click();
  await expect(page.getByTestId('export-result')).toContainText(`${title}.docx`);
  const exported = (await page.getByTestId('export-path').textContent()) ?? '';
  expect(exported.startsWith(exportDir)).toBe(true);
  const texts = docxParagraphTexts(new Uint8Array(await readFile(exported))).filter(Boolean);
  expect(texts).toEqual(
    expect.arrayContaining([
      '中共示范县纪律检查委员会第三纪检监察室',
      proposed,
      '中共示范县教育局党组：',
      '1.学校食堂食材采购未执行询价比价，账实不符。',
      '2.学生营养餐补助资金发放台账缺失。',
      '3.校长公务接待超标准2次，未履行审批手续。',
      '2025年1月6日',
    ]),
  );
  const text = texts.join('\n');
  // The title prints on two lines, broken where the title rule puts it.
  expect(text).toContain(`\n${title.slice(0, 12)}\n${title.slice(12)}\n`);
  expect(text).toContain('建章立制。整改情况要形成台账，逐项对账销号。各校要立即自查，按期整改。');
  expect(text).not.toContain('一般性支出压减未达到规定比例');
  expect(text).not.toContain('（送审后误加的一句）');

  // 10. The 文号 is in the register, against this draft's title.
  await page.getByRole('button', { name: '登记簿', exact: true }).click();
  await page.getByLabel('搜索文号登记簿').fill(proposed);
  const register = page.getByRole('table', { name: '文号登记簿' });
  await expect(register.locator('tbody tr')).toHaveCount(1);
  await expect(register.locator('tbody tr')).toContainText(title);
  await expect(register.locator('tbody tr')).toContainText('陈某');
});
