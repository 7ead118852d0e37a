import { readFile } from 'node:fs/promises';
import { readReviewedDocx } from '../../core/review/read-reviewed-docx.ts';
import { docxParts } from '../support/docx-parts.ts';
import { expect, test } from './fixtures.ts';

test('供审阅 exports the draft with its anchors and stamp, and 注明“送审稿” prints the note in the header', async ({ appPage: page }) => {
  await page.getByRole('button', { name: '新建空白通知' }).click();
  const title = `关于送审稿导出测试的通知${Date.now() % 100000}`;
  await page.getByLabel('标题').fill(title);
  await page.getByRole('textbox', { name: '正文' }).click();
  await page.keyboard.insertText('请各单位认真组织学习。');
  await expect(page.getByText(/已自动保存/)).toBeVisible();

  const forReview = page.getByRole('checkbox', { name: '供审阅' });
  await forReview.check();
  const note = page.getByRole('checkbox', { name: '注明“送审稿”' });
  await expect(note).toBeChecked();
  await page.locator('.export-bar').screenshot({ path: '/tmp/compare5-export-review.png' });
  await page.getByRole('button', { name: '导出 Word' }).click();
  await expect(page.getByTestId('export-result')).toContainText(`已导出 ${title}（送审稿）.docx`);
  const bytes = new Uint8Array(await readFile((await page.getByTestId('export-path').textContent()) ?? ''));
  const parts = docxParts(bytes);
  expect(Object.entries(parts).filter(([name, xml]) => name.startsWith('word/header') && xml.includes('>送审稿<'))).toHaveLength(2);
  const reviewed = readReviewedDocx(bytes);
  expect(reviewed.stamp?.draftId).toBeTruthy();
  expect(reviewed.paragraphs.find((p) => p.original === '请各单位认真组织学习。')?.anchors).toEqual(['body.0']);

  await note.uncheck();
  await page.getByRole('button', { name: '导出 Word' }).click();
  await expect(page.getByTestId('export-result')).toContainText(`已导出 ${title}（送审稿）（2）.docx`);
  const plain = docxParts(new Uint8Array(await readFile((await page.getByTestId('export-path').textContent()) ?? '')));
  expect(Object.keys(plain).filter((name) => name.startsWith('word/header'))).toEqual([]);
  expect(plain['docProps/custom.xml']).toContain('GongwenDraftId');

  await forReview.uncheck();
  await expect(note).toHaveCount(0);
  await page.getByRole('button', { name: '导出 Word' }).click();
  await expect(page.getByTestId('export-result')).toContainText(`已导出 ${title}.docx`);
  await page.screenshot({ path: '/tmp/compare5-export-bar.png' });
});
