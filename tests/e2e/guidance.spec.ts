import { expect, test } from './fixtures.ts';
import { body } from './body.ts';
import type { Locator, Page } from '@playwright/test';

const preview = (page: Page) => page.getByLabel('版面预览').first();
const caretSettled = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));

/** The note sits in the left margin, under its button level with the block's first line, and describes the block. */
async function expectBeside(note: Locator, block: Locator) {
  await expect(async () => {
    const [n, b] = [(await note.boundingBox())!, (await block.boundingBox())!];
    expect(n.x + n.width).toBeLessThan(b.x);
    expect(n.y).toBeGreaterThanOrEqual(b.y);
    expect(n.y).toBeLessThan(b.y + 38.6);
  }).toPass({ timeout: 3_000 });
  await expect(block).toHaveAttribute('aria-describedby', (await note.getAttribute('id'))!);
}

test('the template’s guidance shows beside its section, stays with its words through edits, and never reaches the pages', async ({ appPage: page }) => {
  await page.locator('.template-card', { hasText: '问题整改通知书' }).click();
  const title = `食堂问题整改通知书${Date.now()}`;
  await page.getByRole('textbox', { name: '标题' }).fill(title);
  const facts = page.getByRole('note', { name: '写作提示：检查发现的问题' });
  const requirements = page.getByRole('note', { name: '写作提示：整改要求' });
  await expect(facts).toContainText('问题逐条取自问题清单');
  await expect(requirements).toContainText('写明整改措施要求和整改期限');
  const requirementsBlock = body(page).locator('p', { hasText: '高度重视，对照上述问题' });
  await expectBeside(facts, body(page).locator('p').first());
  await expectBeside(requirements, requirementsBlock);
  for (const text of ['问题逐条取自问题清单', '写明整改措施要求和整改期限']) await expect(preview(page)).not.toContainText(text);

  // Keyboard: the margin button opens the whole note over the text, Esc folds it and focus stays on the button.
  const button = page.getByRole('button', { name: '写作提示' }).nth(1);
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(requirements).toHaveClass(/open/);
  await page.keyboard.press('Escape');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();

  // Enter at the start of the section leaves a blank line above: the note stays with the words.
  const start = (await requirementsBlock.boundingBox())!;
  await requirementsBlock.click({ position: { x: 50, y: start.height / 4 } });
  await page.keyboard.press('Home');
  await caretSettled(page);
  await page.keyboard.press('Enter');
  await expectBeside(requirements, requirementsBlock);
  await expect(body(page).locator('[aria-describedby]')).toHaveCount(2);
  // A paragraph turned into a heading keeps its note; the draft keeps it when opened again.
  await page.keyboard.press('Control+1');
  const heading = body(page).locator('.body-heading-1', { hasText: '高度重视' });
  await expect(heading).toBeVisible();
  await expectBeside(requirements, heading);
  await page.keyboard.press('Control+0');
  await expect(page.getByText('已自动保存')).toBeVisible();
  await page.getByRole('button', { name: '返回首页' }).click();
  await page.getByRole('button', { name: new RegExp(`^${title}`) }).click();
  await expectBeside(page.getByRole('note', { name: '写作提示：整改要求' }), body(page).locator('p', { hasText: '高度重视，对照上述问题' }));
  await expect(preview(page)).not.toContainText('写明整改措施要求');
});
