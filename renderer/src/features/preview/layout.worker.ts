/** Lays out the draft's pages off the UI thread, so typing never waits for 30 pages of line breaking. */
import '../../zod-jitless.ts';
import type { LaidPage } from '../../../../core/layout/page-layout.ts';
import type { Block } from '../../../../core/model/blocks.ts';
import type { LayoutRequest, LayoutResponse } from './layout-protocol.ts';
import { applyListDelta, pageDelta, sameObject } from './list-delta.ts';
import { pageLayoutOf } from './page-layout-of.ts';

const scope = self as unknown as { postMessage(message: LayoutResponse): void; addEventListener(type: 'message', listener: (event: MessageEvent<LayoutRequest>) => void): void };

// Both sides apply every message, in order, so only changed blocks and pages drawn differently need to cross.
let body: Block[] = [];
let sent: readonly LaidPage[] | null = null;

scope.addEventListener('message', (event) => {
  const { id, document, fontProfile } = event.data;
  try {
    body = applyListDelta(body, event.data.body, sameObject);
    const { pages, fonts } = pageLayoutOf({ ...document, body }, fontProfile);
    const delta = pageDelta(sent, pages);
    sent = pages;
    scope.postMessage({ id, pages: delta, fonts });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
