/**
 * Autosave: the draft is written to the workspace shortly after each pause in typing, one
 * save at a time, always the newest state; a save refused because the draft changed
 * elsewhere (CONFLICT) is reported, never forced. A save that fails for a passing reason (disk
 * full, file busy, the host not answering) keeps the draft unsaved and is tried again, a
 * little later each time, until it goes through.
 */
import { useEffect, useRef, useState } from 'react';
import type { ApiErrorCode } from '../../../../core/api/errors.ts';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { ApiCallError, callApi } from '../../api/call-api.ts';
import { valueStore, type ValueSource } from '../../value-store.ts';

const pauseMs = 800;
export const retryDelaysMs = [2_000, 5_000, 10_000, 30_000];
/** Trying these again cannot help: the writer has to act (reopen the draft, fix the content). */
const finalCodes = new Set<ApiErrorCode>(['CONFLICT', 'BAD_DOCUMENT', 'BAD_ARGUMENTS', 'NOT_FOUND']);

export interface OpenDraft {
  id: string;
  revision: number;
  /** What the workspace holds for that revision; anything newer in the editor gets saved. */
  document: GongwenDocument;
}

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  /** `retryInMs`: when the next attempt runs by itself; absent when only the writer can resolve it. */
  | { kind: 'failed'; message: string; retryInMs?: number }
  | { kind: 'off' };

export interface Autosave {
  /** Read by the indicator alone: a keystroke after a save or a save finishing re-renders that line, not the app. */
  state: ValueSource<SaveState>;
  /** Writes the newest state now (before leaving the editor); false when it could not be saved. */
  flush: () => Promise<boolean>;
  /** The editor holds typing not yet handed over as a document: shown as 正在保存, never as saved. */
  typingPending: () => void;
  /** The held typing was read; when it changed no words the last save stands again. */
  typingRead: (changed: boolean) => void;
}

/** `acknowledged`: told of every state the workspace has taken, so the journal of unsaved typing can let it go. */
export function useAutosave(draft: OpenDraft | null, document: GongwenDocument, acknowledged: (draftId: string, revision: number, document: GongwenDocument) => void): Autosave {
  const [state] = useState(() => valueStore<SaveState>(draft ? { kind: 'saved', at: '' } : { kind: 'off' }));
  const setState = state.set;
  const latest = useRef(document);
  const saved = useRef(document);
  const revision = useRef(draft?.revision ?? 0);
  const inflight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSavedAt = useRef('');
  const failures = useRef(0);
  latest.current = document;

  // Also when a restored version or a 定稿 reloads the same draft at a newer revision.
  useEffect(() => {
    revision.current = draft?.revision ?? 0;
    saved.current = draft?.document ?? latest.current;
    failures.current = 0;
    setState(draft ? { kind: 'saved', at: '' } : { kind: 'off' });
    if (draft && latest.current !== saved.current) timer.current = setTimeout(() => void flush(), pauseMs);
  }, [draft?.id, draft?.revision]);

  const save = async (sending: GongwenDocument, id: string): Promise<boolean> => {
    setState({ kind: 'saving' });
    try {
      const meta = await callApi('saveDraft', { id, document: sending, expectedRevision: revision.current });
      revision.current = meta.revision;
      saved.current = sending;
      acknowledged(id, meta.revision, sending);
      lastSavedAt.current = meta.updatedAt;
      failures.current = 0;
      setState({ kind: 'saved', at: meta.updatedAt });
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof ApiCallError && finalCodes.has(error.code)) {
        setState({ kind: 'failed', message });
        return false;
      }
      const retryInMs = retryDelaysMs[Math.min(failures.current, retryDelaysMs.length - 1)] ?? pauseMs;
      failures.current += 1;
      setState({ kind: 'failed', message, retryInMs });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), retryInMs);
      return false;
    }
  };

  const flush = async (): Promise<boolean> => {
    // A save already under way may not hold the newest state: wait for it, then save what is left.
    while (inflight.current) await inflight.current;
    if (!draft || latest.current === saved.current) return true;
    if (timer.current) clearTimeout(timer.current);
    const run = save(latest.current, draft.id);
    inflight.current = run;
    const ok = await run.finally(() => {
      inflight.current = null;
    });
    if (ok && latest.current !== saved.current) timer.current = setTimeout(() => void flush(), pauseMs);
    return ok;
  };

  useEffect(() => {
    if (!draft || document === saved.current) return;
    // Kept as the same state while already pending, so each keystroke does not re-render the indicator once more.
    setState((s) => (s.kind === 'failed' || s.kind === 'pending' ? s : { kind: 'pending' }));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), pauseMs);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [document, draft]);

  // Called on every keystroke, so it sets state only on the first one after a save.
  const typingPending = () => {
    if (state.get().kind === 'saved') setState({ kind: 'pending' });
  };
  const typingRead = (changed: boolean) => {
    if (!changed && state.get().kind === 'pending' && latest.current === saved.current) setState({ kind: 'saved', at: lastSavedAt.current });
  };

  return { state, flush, typingPending, typingRead };
}
