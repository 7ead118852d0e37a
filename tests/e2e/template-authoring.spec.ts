import { expect, test } from './fixtures.ts';

test('a draft with a marked field is saved as an own template; a new draft from it shows the field unfilled; the lint catches an unknown field', async ({ appPage: page }) => {
  await page.getByRole('button', { name: '新建空白通知' }).click();
  await page.getByLabel('发文机关').fill('中共某某县纪律检查委员会');
  await page.getByLabel('标题').fill('关于报送整改情况的通知');
  await page.getByLabel('主送机关').fill('县财政局');
  const body = page.getByRole('textbox', { name: '正文' });
  await body.click();
  await page.keyboard.insertText('请县财政局于月底前报送整改情况。');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('联系人：{{联系人}}。');

  // Select 县财政局 in the first paragraph and mark it as a field.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.getByRole('button', { name: '标为字段' }).click();
  const mark = page.getByRole('dialog', { name: '标为字段' });
  await expect(mark.getByLabel('字段名')).toHaveValue('县财政局');
  await mark.getByLabel('字段名').fill('被通知单位');
  await mark.getByRole('button', { name: '标为字段' }).click();
  const chip = body.locator('[data-field-key="被通知单位"]');
  await expect(chip).toHaveText('县财政局');

  // And 月底 with the shortcut, once the draft's first save is through.
  await expect(page.getByText(/已自动保存/)).toBeVisible();
  await body.getByText('于月底前报送整改情况。').click();
  // The click's caret must have settled where it landed before the keys move it (the marking above is still being committed).
  await expect.poll(() => page.evaluate(() => window.getSelection()?.anchorNode?.textContent)).toBe('于月底前报送整改情况。');
  await page.keyboard.press('End');
  for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+ArrowLeft');
  // The writer sees 月底 selected before pressing the shortcut; the closing dialog above may still be handing the caret back.
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('月底');
  await page.keyboard.press('Control+Shift+F');
  await expect(mark.getByLabel('字段名')).toHaveValue('月底');
  await mark.getByLabel('字段名').fill('报送期限');
  await mark.getByLabel('字段名').press('Enter');
  await expect(body.locator('[data-field-key="报送期限"]')).toHaveText('月底');
  await expect(body).toContainText('请县财政局于月底前报送整改情况。');
  await page.screenshot({ path: '/tmp/packauthor-marked.png' });

  await page.getByRole('button', { name: '另存为模板…' }).click();
  const save = page.getByRole('dialog', { name: '另存为模板' });
  await save.getByLabel('模板名称').fill('报送整改情况通知');
  await save.getByLabel('说明').fill('请各单位报送整改情况');
  await save.getByLabel('类别').selectOption('整改通知');
  await expect(save.getByRole('group', { name: '段落设置' }).locator('legend')).toHaveText(['正文']);
  await save.getByLabel('写作提示（只在编辑时显示，不会印出）').fill('写明报送期限和方式。');
  await page.screenshot({ path: '/tmp/packauthor-save-dialog.png' });
  await save.getByRole('button', { name: '保存模板' }).click();

  const saved = page.getByRole('dialog', { name: '已保存为本单位模板' });
  await expect(saved.getByRole('status')).toContainText('“报送整改情况通知”1.0.0 已存入本单位模板');
  const lint = saved.getByRole('region', { name: '模板检查' });
  await expect(lint.getByRole('listitem').filter({ hasText: '错误' })).toHaveText(['错误段落“正文”：引用了未声明的字段“联系人”']);
  await page.screenshot({ path: '/tmp/packauthor-lint.png' });
  await saved.getByRole('button', { name: '知道了' }).click();

  await page.getByRole('button', { name: '返回首页' }).click();
  const card = page.locator('.template-card-slot').filter({ hasText: '报送整改情况通知' });
  await expect(card.getByText('本单位模板 1.0.0')).toBeVisible();
  await expect(card.getByRole('button', { name: '编辑报送整改情况通知' })).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/packauthor-gallery.png' });

  // A new draft from the template: the marked words are an unfilled field, the guidance is beside the section.
  await card.locator('.template-card').click();
  const fresh = page.getByRole('textbox', { name: '正文' });
  const unfilled = fresh.locator('[data-field-key="被通知单位"]');
  await expect(unfilled).toHaveText('【被通知单位】');
  await expect(unfilled).toHaveClass(/unfilled/);
  await expect(fresh.locator('[data-field-key="报送期限"]')).toHaveText('【报送期限】');
  await expect(page.getByText('写明报送期限和方式。')).toBeVisible();
  await page.screenshot({ path: '/tmp/packauthor-new-draft.png' });

  // Edit it: the dialog offers to update the own template as its next version.
  await page.getByRole('button', { name: '返回首页' }).click();
  await card.getByRole('button', { name: '编辑报送整改情况通知' }).click();
  await expect(page.getByRole('region', { name: '导入提示' })).toContainText('正在编辑本单位模板“报送整改情况通知”');
  await page.getByLabel('标题').fill('关于报送整改进展情况的通知');
  await page.getByRole('button', { name: '另存为模板…' }).click();
  const update = page.getByRole('dialog', { name: '另存为模板' });
  await expect(update.getByLabel('更新本单位模板“报送整改情况通知”（保存为新版本）')).toBeChecked();
  await expect(update.getByLabel('模板名称')).toHaveValue('报送整改情况通知');
  await page.screenshot({ path: '/tmp/packauthor-update-dialog.png' });
  await update.getByRole('button', { name: '保存模板' }).click();
  const updated = page.getByRole('dialog', { name: '已保存为本单位模板' });
  // The pack's own version counts every own template saved in the shared workspace, section-binding.spec's too.
  await expect(updated.getByRole('status')).toContainText(/“报送整改情况通知”1\.0\.1 已存入本单位模板（模板包版本 1\.0\.\d+）/);
  await updated.getByRole('button', { name: '知道了' }).click();

  await page.getByRole('button', { name: '返回首页' }).click();
  await expect(card.getByText('本单位模板 1.0.1')).toBeVisible();
  await card.getByRole('button', { name: '删除报送整改情况通知' }).click();
  await page.getByRole('dialog', { name: '删除本单位模板' }).getByRole('button', { name: '删除' }).click();
  await expect(page.locator('.template-card-slot').filter({ hasText: '报送整改情况通知' })).toHaveCount(0);
});
