import { clickAtEnd } from '../support/click-at-end.ts';
import { expect, test } from './fixtures.ts';

test('saves a named version with Ctrl+S, compares it with later edits and restores it, also after a reload', async ({ appPage: page }) => {
  await page.getByRole('button', { name: '新建空白通知' }).click();
  const title = `关于版本测试的通知${Date.now() % 100000}`;
  await page.getByLabel('标题').fill(title);
  const body = page.getByRole('textbox', { name: '正文' });
  await body.click();
  await page.keyboard.insertText('征求意见时的第一段。');
  await expect(page.getByText(/已自动保存/)).toBeVisible();

  await page.keyboard.press('Control+s');
  const save = page.getByRole('dialog', { name: '保存版本' });
  await expect(save).toBeVisible();
  await expect(save.getByRole('radio', { name: '征求意见稿' })).toBeChecked();
  await save.getByLabel('备注（可不填）').fill('发各乡镇纪委征求意见');
  await save.getByRole('button', { name: '保存版本' }).click();
  await expect(save).toBeHidden();
  // The caret is back where it was: typing goes on at the end of the sentence.
  await page.keyboard.insertText('（续）');
  await expect(body.locator('p')).toHaveText(['征求意见时的第一段。（续）']);
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(body.locator('p')).toHaveText(['征求意见时的第一段。']);
  const versions = page.getByRole('list', { name: '已保存的版本' });
  await expect(versions.getByRole('listitem').nth(1)).toContainText('征求意见稿');
  await expect(versions.getByRole('listitem').nth(1)).toContainText('手动保存 · 发各乡镇纪委征求意见');

  await page.keyboard.press('Enter');
  await page.keyboard.insertText('送审前补充的一段。');
  await expect(body.locator('p')).toHaveText(['征求意见时的第一段。', '送审前补充的一段。']);
  await page.getByLabel('标题').fill(`${title}（送审）`);
  await expect(page.getByText(/已自动保存/)).toBeVisible();

  await page.getByRole('button', { name: '比较“征求意见稿”与当前内容' }).click();
  const compare = page.getByRole('dialog', { name: '比较：征求意见稿 → 当前内容' });
  const rows = compare.getByRole('table', { name: '正文对照' }).getByRole('row');
  await expect(rows.filter({ hasText: '送审前补充的一段。' })).toHaveClass(/diff-added/);
  await expect(rows.filter({ hasText: '送审前补充的一段。' })).toContainText('新增');
  await expect(rows.filter({ hasText: '征求意见时的第一段。' }).first()).not.toContainText('新增');
  await expect(compare.getByRole('row', { name: /^标题/ })).toContainText(`${title}（送审）`);
  await page.screenshot({ path: 'docs/screenshots/versions.png' });
  await compare.getByLabel('只显示改动').check();
  await expect(rows).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(compare).toBeHidden();

  await page.getByRole('button', { name: /^恢复“征求意见稿”/ }).click();
  const confirm = page.getByRole('dialog', { name: '恢复版本' });
  await confirm.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByRole('status')).toContainText('已恢复到“征求意见稿”');
  await expect(body).not.toContainText('送审前补充的一段。');
  await expect(body).toContainText('征求意见时的第一段。');
  await expect(versions).toContainText('恢复“征求意见稿”前的内容');
  await expect(versions).toContainText('恢复前自动保存');
  await expect(page.getByLabel('标题')).toHaveValue(title);
  await page.screenshot({ path: test.info().outputPath('restored.png') });

  // Typing after a restore saves on top of the restored revision (no conflict), and all of it survives a reload.
  await clickAtEnd(body.locator('p').first());
  await page.keyboard.insertText('恢复后补充的话。');
  // The draft takes typed words a frame after they are drawn; until then the indicator still shows the save before.
  await expect(page.getByText('正在保存…')).toBeVisible();
  await expect(page.getByText(/已自动保存/)).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: new RegExp(title) }).click();
  await expect(body).toContainText('征求意见时的第一段。恢复后补充的话。');
  await expect(body).not.toContainText('送审前补充的一段。');
  await page.getByRole('tab', { name: '版本' }).click();
  await expect(versions.getByRole('listitem')).toHaveCount(3);
});

test('Ctrl+S on a blank draft not yet stored explains instead of saving the web page', async ({ appPage: page }) => {
  await page.getByRole('button', { name: '新建空白通知' }).click();
  await page.getByLabel('标题').focus();
  await page.keyboard.press('Control+s');
  const dialog = page.getByRole('dialog', { name: '保存版本' });
  await expect(dialog).toContainText('还没有存入工作区');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
