/** Puts the caret after a paragraph's last character: a paragraph spans the text width, so a click at the right edge of its last line lands there. */
import type { Locator } from '@playwright/test';

export async function clickAtEnd(paragraph: Locator): Promise<void> {
  const box = await paragraph.boundingBox();
  if (!box) throw new Error('段落不可见');
  await paragraph.click({ position: { x: box.width - 2, y: box.height - 6 } });
}
