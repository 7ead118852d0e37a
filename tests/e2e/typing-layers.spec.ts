/**
 * Typing in the body must not make Chromium composite the body's words as a layer of their own: such a layer (made when
 * something painted above the words might overlap them — a focus outline round the whole body, sticky side columns
 * painted after it) is redrawn in full each time a typed line pushes the text below it down, which put keystroke-to-paint
 * on a 30-page report over its 16 ms goal (see docs/benchmarks.md).
 */
import type { CDPSession, Page } from '@playwright/test';
import { body } from './body.ts';
import { expect, test } from './fixtures.ts';

interface Layer {
  layerId: string;
  backendNodeId?: number;
  width: number;
  height: number;
}

/** The composited layers the page has now. */
async function layers(cdp: CDPSession): Promise<Layer[]> {
  const changed = new Promise<Layer[]>((resolve) =>
    cdp.on('LayerTree.layerTreeDidChange', (event: { layers?: Layer[] }) => {
      if (event.layers?.length) resolve(event.layers);
    }),
  );
  await cdp.send('LayerTree.enable');
  return changed;
}

/** Layers made for the body field or something in it because something might overlap them, with their size and reasons. */
async function bodyLayers(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('DOM.getDocument', { depth: -1 });
  const found: string[] = [];
  for (const layer of await layers(cdp)) {
    if (!layer.backendNodeId) continue;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: layer.backendNodeId });
    if (!object.objectId) continue;
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: 'function () { const element = this.nodeType === 1 ? this : this.parentElement; return Boolean(element && element.closest(\'[data-source-field="body"]\')); }',
      returnByValue: true,
    });
    if (result.value !== true) continue;
    const { compositingReasonIds } = await cdp.send('LayerTree.compositingReasons', { layerId: layer.layerId });
    // A short animation (a paragraph flashing) has a layer while it runs; that one is not redrawn by typing.
    if (!(compositingReasonIds ?? []).some((reason) => /Overlap|Squash/.test(reason))) continue;
    found.push(`${layer.width}×${layer.height}: ${(compositingReasonIds ?? []).join(', ')}`);
  }
  await cdp.detach();
  return found;
}

test('typing in the body keeps its words in the page’s own layer, whatever the caret, the focus mark and the side columns', async ({ appPage: page }) => {
  await page.getByRole('button', { name: /^全会工作报告/ }).click();
  const paragraph = body(page).locator('p').filter({ hasText: '过去一年' });
  await paragraph.click();
  await page.keyboard.press('End');
  await page.keyboard.type('测试');
  await expect(body(page)).toContainText('测试');
  await expect(body(page)).toBeFocused();
  // Layers come and go with animations (a paragraph flashing after the click): read them once those have ended.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running'));
  await page.waitForTimeout(200);
  expect(await bodyLayers(page)).toEqual([]);
});
