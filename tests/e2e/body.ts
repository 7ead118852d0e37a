/** The body editor of the open draft, and pasting into it what a browser's clipboard holds. */
import type { Page } from '@playwright/test';

export const body = (page: Page) => page.getByRole('textbox', { name: '正文' });

/** A paste at the caret of `html` and its plain text (by default the HTML without its tags), as copying from a web page or Word gives. */
export async function pasteHtml(page: Page, html: string, plain = html.replace(/<[^>]+>/g, '')): Promise<void> {
  await body(page).evaluate(
    (element, { html, plain }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', plain);
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html, plain },
  );
}
