/**
 * The app as a person meets it, in Debian Chromium through `gongwen web`: start to a usable
 * home screen, opening a 30-page report, keystroke to paint and keystroke to updated preview
 * pages while typing in the middle of that report, and the main thread's CPU time from a key to
 * its paint (from a trace), which a busy machine hardly changes.
 */
import type { Page } from '@playwright/test';
import { longReport } from '../tests/support/long-document.ts';
import { percentile, type Figure } from './figure.ts';
import { keystrokeCpu, keystrokeTraceCategories, type TraceEvent } from './browser/keystroke-cpu.ts';
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

/**
 * Types `keystrokes` letters at a typist's pace and returns, per keystroke, the milliseconds from its keydown (when the
 * browser got the key) until the frame that shows it has been painted: the frame in which the letter appears in the body
 * (`paint`), or the first frame in which the preview pages changed after it (`preview`). A key that reaches the page while
 * earlier work still runs waits in the queue, and that wait counts, as it does for the person typing.
 */
async function typeAndMeasure(page: Page, what: 'paint' | 'preview'): Promise<number[]> {
  // tsx compiles the helpers below with a `__name` call for their names; the page has no such function.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  await page.evaluate((kind) => {
    const store = window as unknown as { latencies: number[] };
    store.latencies = [];
    const body = document.querySelector<HTMLElement>('[aria-label="正文"]')!;
    const preview = document.querySelector<HTMLElement>('.side-body .preview')!;
    // A message posted from a frame callback runs once that frame is painted.
    const afterPaint = (then: () => void) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = then;
      channel.port2.postMessage(null);
    };
    // Keystrokes whose effect is not painted yet, by keydown time; `changed` once their effect is in the DOM.
    let waiting: number[] = [];
    let changed = false;
    let framed = false;
    const record = () => {
      const now = performance.now();
      for (const at of waiting) store.latencies.push(now - at);
      waiting = [];
      changed = false;
    };
    // Waits for the first frame that starts after the change, then for its paint.
    const onFrame = () => {
      framed = false;
      if (changed && waiting.length > 0) afterPaint(record);
      else if (waiting.length > 0) watchFrame();
    };
    const watchFrame = () => {
      if (framed) return;
      framed = true;
      requestAnimationFrame(onFrame);
    };
    new MutationObserver(() => {
      if (waiting.length === 0) return;
      changed = true;
      watchFrame();
    }).observe(kind === 'paint' ? body : preview, { subtree: true, childList: true, characterData: true, attributes: kind === 'preview' });
    body.addEventListener(
      'keydown',
      (event) => {
        waiting.push(event.timeStamp);
        if (kind === 'paint') watchFrame();
      },
      true,
    );
  }, what);
  await typeLetters(page);
  const latencies = await page.evaluate(() => (window as unknown as { latencies: number[] }).latencies);
  return enough(latencies, what === 'paint' ? '绘制' : '预览更新');
}

/** Types `keystrokes` letters at a typist's pace, then lets the last one settle. */
async function typeLetters(page: Page): Promise<void> {
  for (let i = 0; i < keystrokes; i++) {
    await page.keyboard.type(String.fromCharCode(97 + (i % 26)));
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(500);
}

function enough(times: number[], what: string): number[] {
  if (times.length < keystrokes * 0.9) throw new Error(`只测到 ${times.length}/${keystrokes} 次击键的${what}`);
  return times;
}

/** Types while Chrome records a trace, and returns each keystroke's main-thread CPU milliseconds up to its paint. */
async function typeAndTrace(page: Page): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: keystrokeTraceCategories }, transferMode: 'ReportEvents' });
  await typeLetters(page);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  return enough(keystrokeCpu(events), '主线程时间');
}

/** Every keystroke's latency of each run, so the table can show their spread besides the per-run p95. */
type Typing = 'paint' | 'preview' | 'cpu';
const typed: Record<Typing, number[][]> = { paint: [], preview: [], cpu: [] };
const typingRuns = 3;

async function typingFigure(what: Typing): Promise<number> {
  const session = await webSession();
  await ensureDraft(session);
  const page = await openHome(session);
  try {
    await openReport(page);
    await caretMidway(page);
    const latencies = what === 'cpu' ? await typeAndTrace(page) : await typeAndMeasure(page, what);
    typed[what].push(latencies);
    return percentile(latencies, 95);
  } finally {
    await page.close();
  }
}

/** p50 / p95 / max over every keystroke of the measured runs (the warm-up left out). */
function spread(what: Typing): string {
  const all = typed[what].slice(-typingRuns).flat();
  const ms = (p: number) => percentile(all, p).toFixed(1);
  return `${all.length} 次击键：p50 ${ms(50)} ms，p95 ${ms(95)} ms，最大 ${ms(100)} ms`;
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
  {
    name: `30 页报告中间输入：击键到绘制 p95（每次 ${keystrokes} 次击键，Chromium）`,
    runs: typingRuns,
    warmup: 1,
    goalMs: 16,
    selfTimed: true,
    run: () => typingFigure('paint'),
    details: () => spread('paint'),
  },
  {
    // The same path as the figure above in CPU time rather than wall time: on a loaded machine the wall time mostly measures the wait for a core.
    name: `30 页报告中间输入：击键到绘制的主线程 CPU 时间 p95（追踪，每次 ${keystrokes} 次击键，Chromium）`,
    runs: typingRuns,
    warmup: 1,
    selfTimed: true,
    run: () => typingFigure('cpu'),
    details: () => spread('cpu'),
  },
  {
    name: `30 页报告中间输入：击键到预览更新 p95（每次 ${keystrokes} 次击键，Chromium）`,
    runs: typingRuns,
    warmup: 1,
    goalMs: 50,
    selfTimed: true,
    run: () => typingFigure('preview'),
    details: () => spread('preview'),
  },
];

export default figures;
export const finish = closeWebSession;
