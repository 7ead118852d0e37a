/** Chinese input the way an IME delivers it, through Chromium's DevTools protocol: pinyin composes letter by letter, then one commit. */
import type { Page } from '@playwright/test';

export async function typeWithIme(page: Page, pinyin: string, text: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  for (let end = 1; end <= pinyin.length; end++) await cdp.send('Input.imeSetComposition', { text: pinyin.slice(0, end), selectionStart: end, selectionEnd: end });
  await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await cdp.send('Input.insertText', { text });
  await cdp.detach();
}
