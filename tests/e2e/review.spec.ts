import { readFile } from 'node:fs/promises';
import { editParts, unzipParts, zipParts } from '../fixtures/check/ooxml-package.ts';
import { reviewAsWord } from '../fixtures/review/word-review.ts';
import { expect, test } from './fixtures.ts';

const draftText = (title: string) =>
  [
    title,
    '',
    '各乡镇纪委，县直各单位：',
    '　　为做好年度审阅测试工作，现将有关事项通知如下。',
    '　　一、总体要求',
    '　　坚持问题导向，扎实推进各项工作。',
    '　　二、主要任务',
    '　　逐项建立台账，明确责任单位和整改时限。',
    '　　三、工作要求',
    '　　各单位要高度重视，切实加强组织领导，确保按期完成。',
    '',
    '中共示范县纪律检查委员会',
    '2024年3月5日',
  ].join('\n');

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

test('another draft’s review is refused in Chinese, and a change that cannot be placed gets its own list', async ({ appPage: page }) => {
  const title = `关于开展审阅定位测试的通知${Date.now() % 100000}`;
  await page.getByLabel('粘贴草稿').fill(draftText(title));
  await page.getByRole('button', { name: '识别并排版' }).click();
  await expect(page.getByText(/已自动保存/)).toBeVisible();
  await page.getByRole('checkbox', { name: '供审阅' }).check();
  await page.getByRole('button', { name: '导出 Word' }).click();
  await expect(page.getByTestId('export-result')).toContainText('（送审稿）.docx');
  const sent = new Uint8Array(await readFile((await page.getByTestId('export-path').textContent()) ?? ''));

  const parts = unzipParts(sent);
  const stampedId = /<vt:lpwstr>([0-9a-f-]{36})<\/vt:lpwstr>/.exec(parts['docProps/custom.xml'] ?? '')?.[1] ?? '';
  const foreign = zipParts(editParts(parts, [{ part: 'docProps/custom.xml', from: stampedId, to: '00000000-0000-0000-0000-000000000000' }]));
  await page.getByLabel('导入审阅稿…').setInputFiles({ name: '别的草稿.docx', mimeType: docxType, buffer: Buffer.from(foreign) });
  const panel = page.getByRole('region', { name: '审阅' });
  await expect(panel.getByRole('alert')).toContainText(`这份审阅稿不是从草稿“${title}”导出的`);

  const reviewed = reviewAsWord(sent, { author: '李书记', date: '2024-03-06T10:15:00Z' }, [{ kind: 'prependParagraph', text: '请阅示。' }]);
  await page.getByLabel('导入审阅稿…').setInputFiles({ name: '审阅稿.docx', mimeType: docxType, buffer: Buffer.from(reviewed) });
  await expect(panel.getByRole('alert')).toHaveCount(0);
  const unplaced = panel.getByRole('region', { name: '未能定位的修改' });
  await expect(unplaced.getByRole('listitem')).toHaveCount(1);
  await expect(unplaced).toContainText('未留痕修改（新增段落）');
  await expect(unplaced).toContainText('请阅示。');
  await panel.screenshot({ path: '/tmp/review5-unplaced.png' });
});

test('a 送审稿 comes back with a comment, tracked insertion and deletion and an untracked edit; each shows in its section and is accepted into 修改稿', async ({ appPage: page }, testInfo) => {
  const title = `关于开展审阅测试工作的通知${Date.now() % 100000}`;
  await page.getByLabel('粘贴草稿').fill(draftText(title));
  await page.getByRole('button', { name: '识别并排版' }).click();
  await expect(page.getByLabel('标题')).toHaveValue(title);
  await expect(page.getByText(/已自动保存/)).toBeVisible();

  // Out for review: 供审阅 keeps the 送审稿 as a version and stamps it in the file.
  await page.getByRole('checkbox', { name: '供审阅' }).check();
  await page.getByRole('button', { name: '导出 Word' }).click();
  await expect(page.getByTestId('export-result')).toContainText(`已导出 ${title}（送审稿）.docx`);
  const sent = new Uint8Array(await readFile((await page.getByTestId('export-path').textContent()) ?? ''));

  // The leader's review, written the way Word saves it.
  const reviewed = reviewAsWord(sent, { author: '李书记', date: '2024-03-06T10:15:00Z' }, [
    { kind: 'comment', on: '坚持问题导向', text: '此处请补充具体目标。' },
    { kind: 'insert', after: '逐项建立台账', text: '、实行销号管理' },
    { kind: 'delete', words: '，切实加强组织领导' },
    { kind: 'rewrite', from: '为做好年度审阅测试工作', to: '为扎实做好年度审阅测试工作' },
  ]);
  await page.getByLabel('导入审阅稿…').setInputFiles({ name: '送审稿（李书记审阅）.docx', mimeType: docxType, buffer: Buffer.from(reviewed) });

  const panel = page.getByRole('region', { name: '审阅' });
  await expect(panel).toContainText('送审稿（李书记审阅）.docx，与版本“送审稿”比对：共 4 处批注或修改，3 处待处理');
  const section = (name: string) => panel.getByRole('region', { name });
  await expect(section('正文开头').getByRole('listitem')).toHaveCount(1);
  await expect(section('正文开头').getByRole('listitem')).toContainText('未留痕修改');
  await expect(section('正文开头').locator('ins')).toHaveText('扎实');
  await expect(section('一、总体要求').getByRole('listitem')).toContainText('批注');
  await expect(section('一、总体要求').getByRole('listitem')).toContainText('李书记 · 2024-03-06 10:15');
  await expect(section('一、总体要求').getByRole('listitem')).toContainText('此处请补充具体目标。');
  await expect(section('二、主要任务').locator('ins')).toHaveText('、实行销号管理');
  await expect(section('三、工作要求').locator('del')).toHaveText('，切实加强组织领导');
  await expect(panel.getByRole('region', { name: '未能定位的修改' })).toHaveCount(0);

  // Clicking a change shows its paragraph in the editor.
  await section('三、工作要求').getByRole('button', { name: /三、工作要求 第 2 段/ }).click();
  await expect(page.locator('.body-editable .jump-highlight')).toContainText('各单位要高度重视');

  // The comment is answered and resolved; both are kept with the draft.
  await section('一、总体要求').getByRole('textbox', { name: /回复第 \d+ 条批注/ }).fill('已补充具体目标。');
  await section('一、总体要求').getByRole('button', { name: '回复' }).click();
  await expect(section('一、总体要求')).toContainText('已补充具体目标。');
  await section('一、总体要求').getByRole('button', { name: '解决' }).click();
  await expect(section('一、总体要求')).toContainText('已解决');

  await panel.getByRole('button', { name: '全部接受' }).click();
  await expect(panel).toContainText('0 处待处理');
  await page.screenshot({ path: testInfo.outputPath('review-panel.png') });
  await panel.screenshot({ path: '/tmp/review5-panel.png' });
  await panel.getByRole('button', { name: '接受的修改存为新版本' }).click();
  await expect(panel.getByRole('status')).toContainText('已接受为新版本“修改稿”');
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: '接受', exact: true })).toHaveCount(0);
  await panel.screenshot({ path: '/tmp/review5-applied.png' });

  const body = page.getByRole('textbox', { name: '正文' });
  await expect(body).toContainText('为扎实做好年度审阅测试工作');
  await expect(body).toContainText('逐项建立台账、实行销号管理');
  await expect(body).toContainText('各单位要高度重视，确保按期完成。');

  await page.getByRole('tab', { name: '版本' }).click();
  const versions = page.getByRole('list', { name: '已保存的版本' });
  await expect(versions).toContainText('修改稿');
  await expect(versions).toContainText('接受李书记的审阅修改 3 处');
  await expect(versions).toContainText('送审稿');
  await page.screenshot({ path: '/tmp/review5-versions.png' });
});
