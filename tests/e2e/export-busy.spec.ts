import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

test('exporting over a document Word holds open says 文件被占用 and 另存为副本 saves a copy beside it', async ({ appPage: page, exportDir }) => {
  await mkdir(exportDir, { recursive: true });
  // Word's owner file: the name with its first two characters dropped, as Word writes it for long names.
  await writeFile(path.join(exportDir, '~$于做好年度总结的通知.docx'), 'owner: 张三');
  await page.getByRole('button', { name: '新建空白通知' }).click();
  await page.getByLabel('标题').fill('关于做好年度总结的通知');
  await page.getByRole('button', { name: '导出 Word' }).click();

  const alert = page.locator('.export-error');
  await expect(alert).toContainText('文件被占用：“关于做好年度总结的通知.docx”已在 Word 或 WPS 中打开。');
  // Nothing of this title was written (the folder is shared with the other specs' exports).
  expect((await readdir(exportDir)).filter((name) => name.startsWith('关于做好年度总结的通知'))).toEqual([]);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: '/tmp/reliability2-export-busy.png' });

  await alert.getByRole('button', { name: '另存为副本' }).click();
  const result = page.getByTestId('export-result');
  await expect(result).toContainText('已导出 关于做好年度总结的通知（2）.docx');
  await expect(page.getByTestId('export-path')).toHaveText(path.join(exportDir, '关于做好年度总结的通知（2）.docx'));
  await page.screenshot({ path: '/tmp/reliability2-export-copy.png' });
});
