import { expect, test } from './fixtures.ts';
import { body, pasteHtml } from './body.ts';
import type { Locator, Page } from '@playwright/test';
import type { Provenance } from '../../core/model/inline.ts';

const ordinals = (page: Page, selector: string) => body(page).locator(`${selector} > .body-ordinal`).allTextContents();
const preview = (page: Page) => page.getByLabel('版面预览').first();

/**
 * Puts the caret at the start or end of a text by clicking there, then lets the browser's
 * selectionchange reach the editor: a key sent in the same instant would act on the old caret.
 */
async function clickEdge(text: Locator, edge: 'start' | 'end') {
  const box = (await text.boundingBox())!;
  await text.click({ position: { x: edge === 'start' ? 1 : box.width - 1, y: box.height / 2 } });
  await caretSettled(text.page());
}

const caretSettled = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

test('a template draft shows its fields as chips that tell where the value came from, and a retyped value becomes the writer’s', async ({ appPage: page }) => {
  await page.getByRole('button', { name: /^问题整改通知书/ }).click();
  const chip = body(page).getByRole('button', { name: '你局' }).first();
  await expect(chip).toBeVisible();
  await expect(body(page)).toContainText('经检查，你局存在以下问题：');
  // The repeated problems are 三级标题 numbered by the editor, not typed.
  expect(await ordinals(page, '.body-heading-3')).toEqual(['1.', '2.']);

  await chip.click();
  const popover = page.getByRole('dialog', { name: '称谓' });
  await expect(popover).toContainText('台账“单位名录”');
  await expect(popover).toContainText('“称谓”列，取值');
  // A click leaves the caret in the body beside the chip, so the writer can read the source and keep typing.
  await expect(popover.getByLabel('数值')).toHaveValue('你局');
  await expect(body(page)).toBeFocused();
  await page.screenshot({ path: 'docs/screenshots/editor.png' });

  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await chip.click();
  await popover.getByLabel('数值').fill('贵局');
  await page.keyboard.press('Enter');
  await expect(popover).toBeHidden();
  await expect(body(page)).toContainText('我室对贵局学校食堂财务管理情况进行了监督检查。经检查，你局存在以下问题：');
  await expect(preview(page)).toContainText('贵局');

  await page.getByRole('tab', { name: /^数据/ }).click();
  const retyped = page.getByRole('list', { name: '数据来源' }).getByRole('button', { name: /贵局/ });
  await expect(retyped).toContainText('手工填写或模板默认值');
  await retyped.click();
  await expect(page.locator('.body-editable > .jump-highlight')).toHaveCount(1);

  // Keyboard: a chip takes focus and opens with Enter; Backspace after a chip deletes it whole, and Ctrl+Z brings it back.
  const date = body(page).getByRole('button', { name: '2024年11月' });
  await date.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: '检查时间' })).toContainText('手工填写或模板默认值');
  await page.keyboard.press('Escape');
  await expect(date).toBeFocused();
  await clickEdge(body(page).getByText('，我室对'), 'start');
  await page.keyboard.press('Backspace');
  await expect(date).toBeHidden();
  await expect(body(page)).toContainText(/^，我室对贵局/);
  await page.keyboard.press('Control+z');
  await expect(date).toBeVisible();
});

test('headings and 一是/二是 items number themselves, renumber when one is added, and undo puts it back', async ({ appPage: page }) => {
  await page.getByRole('button', { name: '新建空白通知' }).click();
  await body(page).click();
  await page.keyboard.insertText('总体要求');
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('工作措施');
  await page.keyboard.press('Control+1');
  expect(await ordinals(page, '.body-heading-1')).toEqual(['一、', '二、']);

  // A new 一级标题 above the first renumbers both.
  await clickEdge(body(page).getByText('总体要求'), 'start');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowUp');
  await caretSettled(page);
  await page.keyboard.insertText('指导思想');
  await page.keyboard.press('Control+1');
  await expect(body(page).locator('.body-heading-1')).toHaveText(['一、指导思想', '二、总体要求', '三、工作措施']);
  await expect(page.getByLabel('段落格式')).toHaveValue('heading1');

  await page.keyboard.press('Control+z');
  await expect(body(page).locator('.body-heading-1')).toHaveText(['一、总体要求', '二、工作措施']);
  await expect(body(page)).toContainText('指导思想');
  await page.keyboard.press('Control+y');
  await expect(body(page).locator('.body-heading-1')).toHaveText(['一、指导思想', '二、总体要求', '三、工作措施']);

  await clickEdge(body(page).getByText('工作措施'), 'end');
  await page.keyboard.press('Enter');
  await page.getByLabel('段落格式').selectOption('yishi');
  await page.keyboard.insertText('抓学习；');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('抓落实。');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('以上请遵照执行。');
  await expect(body(page).locator('.body-enum-item')).toHaveText(['一是抓学习；', '二是抓落实。']);
  await expect(page.getByLabel('段落格式')).toHaveValue('paragraph');
  await expect(preview(page)).toContainText('一是抓学习；');
  await expect(preview(page)).toContainText('二是抓落实。');
  await expect(preview(page)).toContainText('三、工作措施');
});

test('pasting from Word keeps words and paragraphs, drops Word’s styling, and makes headings of ordinal lines', async ({ appPage: page }) => {
  await page.getByRole('button', { name: '新建空白通知' }).click();
  await body(page).click();
  const html = `<html><head><style>p.MsoNormal{font-family:仿宋}</style></head><body><!--StartFragment-->
<p class=MsoNormal style='text-indent:32pt'><span style='font-family:黑体;color:red;font-size:22pt'>一、提高思想认识</span></p>
<p class=MsoNormal><span style='color:blue'>各单位要<b>高度重视</b>，认真组织。</span></p>
<p class=MsoNormal>（一）明确责任分工。由办公室牵头。</p><!--EndFragment--></body></html>`;
  await pasteHtml(page, html, '一、提高思想认识\n各单位要高度重视，认真组织。\n（一）明确责任分工。由办公室牵头。');
  await expect(body(page).locator('.body-heading-1')).toHaveText(['一、提高思想认识']);
  await expect(body(page).locator('.body-paragraph')).toHaveText(['各单位要高度重视，认真组织。']);
  // A run-in heading: the heading sentence and the words that run in are kept apart.
  await expect(body(page).locator('.body-heading-2 .body-heading-words')).toHaveText('明确责任分工。');
  await expect(body(page).locator('.body-heading-2')).toHaveText('（一）明确责任分工。由办公室牵头。');
  expect(await body(page).locator('[style*="color"], b, strong, font').count()).toBe(0);
  await expect(preview(page)).toContainText('（一）明确责任分工。由办公室牵头。');

  // The heading sentence and its run-in body can be joined into one standalone heading and split again.
  await clickEdge(body(page).getByText('由办公室牵头。'), 'end');
  const runIn = page.getByRole('button', { name: '标题后接正文' });
  await expect(runIn).toHaveAttribute('aria-pressed', 'true');
  await runIn.click();
  await expect(body(page).locator('.body-heading-words')).toHaveCount(0);
  await expect(runIn).toHaveAttribute('aria-pressed', 'false');
  await runIn.click();
  await expect(body(page).locator('.body-heading-2 .body-heading-words')).toHaveText('明确责任分工。');
});

test('a Chinese IME composition commits once: no lost or doubled characters in the body or the printed pages', async ({ appPage: page }) => {
  await page.getByRole('button', { name: '新建空白通知' }).click();
  await body(page).click();
  await page.keyboard.insertText('限期');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'z', selectionStart: 1, selectionEnd: 1 });
  await cdp.send('Input.imeSetComposition', { text: 'zheng', selectionStart: 5, selectionEnd: 5 });
  await cdp.send('Input.imeSetComposition', { text: 'zhenggai', selectionStart: 8, selectionEnd: 8 });
  await cdp.send('Input.imeSetComposition', { text: '整改', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '整改' });
  await page.keyboard.insertText('到位。');
  await expect(body(page)).toHaveText('限期整改到位。');
  await expect(preview(page)).toContainText('限期整改到位。');
  await expect(preview(page)).not.toContainText('整改整改');

  // A whole heading line committed by the IME becomes a heading at once.
  await page.keyboard.press('Enter');
  await cdp.send('Input.imeSetComposition', { text: 'yi', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.insertText', { text: '一、加强组织领导。' });
  await expect(body(page).locator('.body-heading-1')).toHaveText('一、加强组织领导。');
  await expect(preview(page)).toContainText('一、加强组织领导。');
});

test('a table in the body keeps its spans and widths while its cells are edited', async ({ appPage: page }) => {
  const title = `关于表格编辑测试的通知${Date.now() % 100000}`;
  const source: Provenance = { dataset: '问题清单', sheet: null, column: '问题描述', aggregate: 'value', rows: [2], filter: '' };
  const created = await page.evaluate(
    async ({ title, source }) => {
      const blank = await window.api.newFromTemplate({ id: 'tongzhi', today: '2024-12-05' });
      if (!blank.ok) throw new Error(blank.error.message);
      const document = {
        ...blank.result.document,
        title,
        body: [
          { type: 'paragraph' as const, content: [{ type: 'text' as const, text: '问题如下：' }] },
          {
            type: 'table' as const,
            headerRows: 1,
            columnWidths: [1, 3, 2],
            rows: [
              { cells: [{ content: [{ type: 'text' as const, text: '序号' }] }, { content: [{ type: 'text' as const, text: '问题与要求' }], colSpan: 2 }] },
              {
                cells: [
                  { content: [{ type: 'text' as const, text: '1' }], rowSpan: 2 },
                  { content: [{ type: 'field' as const, key: '问题描述', value: '台账不全', source }] },
                  { content: [{ type: 'text' as const, text: '补齐' }] },
                ],
              },
              { cells: [{ content: [{ type: 'text' as const, text: '公开不及时' }] }, { content: [{ type: 'text' as const, text: '按月公开' }] }] },
            ],
          },
        ],
      };
      const draft = await window.api.createDraft({ document, templateId: null });
      if (!draft.ok) throw new Error(draft.error.message);
      return draft.result.id;
    },
    { title, source },
  );
  await page.reload();
  await page.getByRole('button', { name: new RegExp(title) }).click();
  const table = body(page).getByRole('table', { name: '表格' });
  await expect(table.locator('.body-table-header')).toContainText('问题与要求');
  await expect(table.getByRole('button', { name: '台账不全' })).toBeVisible();
  await table.getByLabel('第3行第2格').fill('按周公开');
  await expect(preview(page)).toContainText('按周公开');
  await page.keyboard.press('Control+z');
  await expect(table.getByLabel('第3行第2格')).toHaveValue('按月公开');
  await table.getByLabel('第3行第2格').fill('按周公开');
  // The draft takes the edit a frame after it is drawn; the pages show it once it has.
  await expect(preview(page)).toContainText('按周公开');
  await expect(page.getByText(/已自动保存/)).toBeVisible();
  const saved = await page.evaluate(async (id) => {
    const draft = await window.api.getDraft({ id });
    return draft.ok ? draft.result.document.body[1] : null;
  }, created);
  expect(saved).toMatchObject({
    type: 'table',
    headerRows: 1,
    columnWidths: [1, 3, 2],
    rows: [
      { cells: [{ content: [{ text: '序号' }] }, { colSpan: 2 }] },
      { cells: [{ rowSpan: 2 }, { content: [{ type: 'field', value: '台账不全', source }] }, { content: [{ text: '补齐' }] }] },
      { cells: [{ content: [{ text: '公开不及时' }] }, { content: [{ text: '按周公开' }] }] },
    ],
  });
});
