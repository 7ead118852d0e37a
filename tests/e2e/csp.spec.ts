/**
 * The renderer's Content-Security-Policy in Chromium: the page carries the shared policy (header
 * and <meta>), a whole job — home, template, typing, every side tab, export — raises no
 * violation, and script that gets into the page by any route other than the app's own files
 * does not run.
 */
import { contentSecurityPolicy, metaContentSecurityPolicy } from '../../core/app/content-security-policy.ts';
import { expect, test } from './fixtures.ts';

declare global {
  interface Window {
    cspViolations?: { directive: string; blocked: string }[];
    injected?: string;
  }
}

type Page = Parameters<Parameters<typeof test>[2]>[0]['appPage'];

/** Listens before any app script runs, so nothing the app does at start is missed. */
async function collectViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations?.push({ directive: event.effectiveDirective, blocked: event.blockedURI }));
  });
  await page.reload();
}

const violations = (page: Page) => page.evaluate(() => window.cspViolations ?? []);

test('the page states the shared policy in its header and its <meta> tag', async ({ appPage: page }) => {
  test.skip(process.env.E2E_TARGET === 'electron', 'the file: page has no response headers; the session adds the header (main-bundle.test.ts)');
  const response = await page.request.get(page.url());
  expect(response.headers()['content-security-policy']).toBe(contentSecurityPolicy);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', metaContentSecurityPolicy);
});

test('a whole job from the home page to an exported .docx raises no CSP violation', async ({ appPage: page }) => {
  test.setTimeout(120_000);
  await collectViolations(page);
  await page.getByRole('button', { name: /^问题整改通知书/ }).click();
  const body = page.getByRole('textbox', { name: '正文' });
  await expect(body).toContainText('经检查，你局存在以下问题：');
  await expect(page.getByText(/已自动保存/)).toBeVisible();
  await page.getByLabel('标题').fill('关于<script>window.injected="title"</script>整改的通知');
  await body.locator('p').filter({ hasText: '经检查，你局存在以下问题：' }).click();
  await page.keyboard.press('End');
  await page.keyboard.insertText('<img src=x onerror="window.injected=\'body\'">');
  await expect(body).toContainText('<img src=x onerror="window.injected=\'body\'">');
  await expect(page.getByLabel('版面预览').first()).toContainText('<img src=x');
  for (const name of [/^数据/, /^检查/, /^版本/, /^审阅/, /^常用语/, /^预览/]) {
    const tab = page.getByRole('tab', { name }).first();
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }
  await page.getByRole('button', { name: '导出 Word' }).click();
  await expect(page.getByTestId('export-result')).toContainText('已导出');
  await page.getByRole('button', { name: /首页|返回/ }).first().click();
  await expect(page.getByRole('button', { name: /^问题整改通知书/ })).toBeVisible();

  expect(await page.evaluate(() => window.injected)).toBeUndefined();
  expect(await violations(page)).toEqual([]);
});

/** Runs in the page: each way foreign script could get in once the app is loaded. */
function inject(route: string): void {
  if (route === 'script element') {
    const script = document.createElement('script');
    script.textContent = 'window.injected = "script element"';
    document.head.append(script);
  } else if (route === 'inline handler') {
    const holder = document.createElement('div');
    holder.innerHTML = '<img src="./missing.png" onerror="window.injected = \'inline handler\'">';
    document.body.append(holder);
  } else if (route === 'javascript: URL') {
    const link = document.createElement('a');
    link.href = 'javascript:window.injected = "javascript url"';
    document.body.append(link);
    link.click();
  } else {
    // Code Playwright evaluates belongs to the debugger and may eval; a string timer is compiled later, as the page's own code.
    setTimeout('window.injected = "string timer"', 0);
  }
}

test('script injected into the page does not run: a <script> element, an inline handler, a javascript: URL, a string timer', async ({ appPage: page }) => {
  await collectViolations(page);
  const routes = [
    ['script element', 'script-src-elem'],
    ['inline handler', 'script-src-attr'],
    ['javascript: URL', 'script-src-elem'],
    ['string timer', 'script-src'],
  ] as const;
  for (const [route, directive] of routes) {
    const before = (await violations(page)).length;
    await page.evaluate(inject, route);
    await expect.poll(async () => (await violations(page)).slice(before).map((violation) => violation.directive), { message: route }).toContain(directive);
  }
  expect(await page.evaluate(() => window.injected)).toBeUndefined();
});
