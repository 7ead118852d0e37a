/** Lays out the draft's pages off the UI thread, so typing never waits for 30 pages of line breaking. */
import type { LayoutRequest, LayoutResponse } from './layout-protocol.ts';
import { pageLayoutOf } from './page-layout-of.ts';

const scope = self as unknown as { postMessage(message: LayoutResponse): void; addEventListener(type: 'message', listener: (event: MessageEvent<LayoutRequest>) => void): void };

scope.addEventListener('message', (event) => {
  const { id, document, fontProfile } = event.data;
  try {
    scope.postMessage({ id, layout: pageLayoutOf(document, fontProfile) });
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
