/**
 * The live pages of the draft. The first layout is computed at once, so an opened draft shows
 * its pages in the first paint; after that every change is laid out in a worker, one request
 * at a time, always the newest draft — keystrokes in between are folded into the next request —
 * and only the blocks that changed go there and the pages it draws differently come back. The
 * worker starts once `start` says so (the screen is first idle): changes before then wait for it.
 */
import { useEffect, useRef, useState } from 'react';
import type { FontProfileId } from '../../../../core/layout/font-profiles.ts';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import type { LaidPage } from '../../../../core/layout/page-layout.ts';
import type { Block } from '../../../../core/model/blocks.ts';
import type { LayoutRequest, LayoutResponse, PageLayout } from './layout-protocol.ts';
import { applyPageDelta, listDelta, sameObject } from './list-delta.ts';
import { pageLayoutOf } from './page-layout-of.ts';

export interface PageLayoutState {
  layout: PageLayout;
  /** The pages show an older state of the draft than the editor (a layout is under way). */
  stale: boolean;
  problem: string | null;
}

/** A layout wanted: the whole draft, turned into a request against what the worker holds only when it is sent. */
interface Pending {
  id: number;
  document: GongwenDocument;
  fontProfile: FontProfileId;
}

export function usePageLayout(document: GongwenDocument, fontProfile: FontProfileId, start: boolean): PageLayoutState {
  const [state, setState] = useState<PageLayoutState>(() => ({ layout: pageLayoutOf(document, fontProfile), stale: false, problem: null }));
  const worker = useRef<Worker | null>(null);
  const busy = useRef(false);
  const next = useRef<Pending | null>(null);
  const inFlight = useRef<Pending | null>(null);
  // The body the current worker holds: the next request sends only the blocks that are not the same objects.
  const workerBody = useRef<readonly Block[] | null>(null);
  const sent = useRef(0);
  const laidOut = useRef({ document, fontProfile });
  const shown = useRef<readonly LaidPage[]>(state.layout.pages);

  const send = () => {
    const request = next.current;
    if (!request || busy.current || !worker.current) return;
    next.current = null;
    busy.current = true;
    inFlight.current = request;
    const { body, ...rest } = request.document;
    const message: LayoutRequest = { id: request.id, document: rest, body: listDelta(workerBody.current, body, sameObject), fontProfile: request.fontProfile };
    workerBody.current = body;
    worker.current.postMessage(message);
  };

  useEffect(() => {
    if (!start) return;
    const instance = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    instance.addEventListener('message', (event: MessageEvent<LayoutResponse>) => {
      busy.current = false;
      inFlight.current = null;
      const response = event.data;
      const newest = response.id === sent.current;
      if ('error' in response) setState((previous) => ({ ...previous, stale: !newest, problem: `版面预览未能更新：${response.error}` }));
      else {
        // Each worker starts from nothing (its first answer has every page), so this is always what its delta was made against.
        const pages = applyPageDelta(shown.current, response.pages);
        shown.current = pages;
        setState({ layout: { pages, fonts: response.fonts }, stale: !newest, problem: null });
      }
      send();
    });
    worker.current = instance;
    workerBody.current = null;
    send();
    return () => {
      instance.terminate();
      worker.current = null;
      busy.current = false;
      // A request the terminated worker never answered goes to the next one, unless a newer one waits.
      next.current ??= inFlight.current;
      inFlight.current = null;
    };
  }, [start]);

  useEffect(() => {
    if (laidOut.current.document === document && laidOut.current.fontProfile === fontProfile) return;
    laidOut.current = { document, fontProfile };
    next.current = { id: ++sent.current, document, fontProfile };
    setState((previous) => (previous.stale ? previous : { ...previous, stale: true }));
    send();
  }, [document, fontProfile]);

  return state;
}
