/**
 * The app as a person meets it, in Debian Chromium through `gongwen web`: start to a usable
 * home screen, opening a 30-page report, keystroke to paint and keystroke to updated preview
 * pages while typing in the middle of that report.
 */
import type { Page } from '@playwright/test';
import { longReport } from '../tests/support/long-document.ts';
import type { Figure } from './figure.ts';
import { closeWebSession, webSession, type WebSession } from './browser/web-session.ts';

const title = '基准测试：三十页年度工作报告';
const keystrokes = 40;
const minimumPages = 28;

let draftCreated: Promise<void> | null = null;
const ensureDraft = (session: WebSession) => (draftCreated ??= session.call('createDraft', { document: { ...longReport(30), title }, templateId: null }).then(() => undefined));

async function openHome(session: WebSession): Promise<Page> {
  const page = await session.newPage();
  await page.goto(session.url);
  await page.locator('.home-card').first().waitFor();
  return page;
}

/** Opens the report from 最近的草稿 and waits until its text is in the editor and its pages are drawn. */
async function openReport(page: Page): Promise<void> {
  await page
    .getByRole('button', { name: new RegExp(title) })
    .first()
    .click();
  await page.locator('[aria-label="正文"]').filter({ hasText: '深化以案促改' }).waitFor();
  await page.waitForFunction((pages) => document.querySelectorAll('.side-body .preview-page').length >= pages, minimumPages);
}

/** Puts the caret at the end of a paragraph about halfway through the body. */
async function caretMidway(page: Page): Promise<void> {
  await page.evaluate(() => {
    const body = document.querySelector<HTMLElement>('[aria-label="正文"]')!;
    const paragraphs = [...body.querySelectorAll<HTMLElement>('p')];
    const target = paragraphs[Math.floor(paragraphs.length / 2)]!;
    target.scrollIntoView({ block: 'center' });
    body.focus();
    const range = document.createRange();
    range.selectNodeContents(target);
    range.collapse(false);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  await page.waitForTimeout(300);
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

/**
 * Types `keystrokes` letters at a typist's pace and returns, per keystroke, the milliseconds from the
 * input event to the next painted frame (`paint`) or to the first change of the preview pages (`preview`).
 */
async function typeAndMeasure(page: Page, what: 'paint' | 'preview'): Promise<number[]> {
  await page.evaluate((kind) => {
    const store = window as unknown as { latencies: number[] };
    store.latencies = [];
    const body = document.querySelector<HTMLElement>('[aria-label="正文"]')!;
    const preview = document.querySelector<HTMLElement>('.side-body .preview')!;
    let pending: number | null = null;
    new MutationObserver(() => {
      if (kind === 'preview' && pending !== null) {
        store.latencies.push(performance.now() - pending);
        pending = null;
      }
    }).observe(preview, { subtree: true, childList: true, characterData: true });
    body.addEventListener(
      'beforeinput',
      (event) => {
        const at = event.timeStamp;
        if (kind === 'preview') {
          pending = at;
          return;
        }
        requestAnimationFrame(() => {
          // A message posted from a frame callback runs after that frame is painted.
          const channel = new MessageChannel();
          channel.port1.onmessage = () => store.latencies.push(performance.now() - at);
          channel.port2.postMessage(null);
        });
      },
      true,
    );
  }, what);
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(500);
  const latencies = await page.evaluate(() => (window as unknown as { latencies: number[] }).latencies);
  if (latencies.length < keystrokes * 0.9) throw new Error(`只测到 ${latencies.length}/${keystrokes} 次击键的${what === 'paint' ? '绘制' : '预览更新'}`);
  return latencies;
}

async function typingFigure(what: 'paint' | 'preview'): Promise<number> {
  const session = await webSession();
  await ensureDraft(session);
  const page = await openHome(session);
  try {
    await openReport(page);
    await caretMidway(page);
    return percentile(await typeAndMeasure(page, what), 95);
  } finally {
    await page.close();
  }
}

const figures: Figure[] = [
  {
    name: '浏览器模式：打开页面到首页可操作（Chromium）',
    runs: 5,
    warmup: 1,
    goalMs: 1500,
    selfTimed: true,
    run: async () => {
      const session = await webSession();
      const page = await session.newPage();
      try {
        const start = performance.now();
        await page.goto(session.url);
        await page.locator('.home-card').first().waitFor();
        return performance.now() - start;
      } finally {
        await page.close();
      }
    },
  },
  {
    name: '打开 30 页草稿：正文和版面全部出现（Chromium）',
    runs: 5,
    warmup: 1,
    goalMs: 500,
    selfTimed: true,
    run: async () => {
      const session = await webSession();
      await ensureDraft(session);
      const page = await openHome(session);
      try {
        const start = performance.now();
        await openReport(page);
        return performance.now() - start;
      } finally {
        await page.close();
      }
    },
  },
  { name: `30 页报告中间输入：击键到绘制 p95（${keystrokes} 次击键，Chromium）`, runs: 3, warmup: 1, goalMs: 16, selfTimed: true, run: () => typingFigure('paint') },
  { name: `30 页报告中间输入：击键到预览更新 p95（${keystrokes} 次击键，Chromium）`, runs: 3, warmup: 1, goalMs: 50, selfTimed: true, run: () => typingFigure('preview') },
];

export default figures;
export const finish = closeWebSession;
