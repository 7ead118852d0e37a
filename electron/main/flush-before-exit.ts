/**
 * Saving before the app goes away: the window closing, the app quitting, Windows ending the
 * session (shutdown, restart, log-off). Main asks the page to save what is typed (autosave
 * waits for a pause in typing, so the last words may not be in the workspace yet) and waits a
 * bounded time for the answer; whatever happens, the browser storage holding the journal of
 * unsaved typing is then written to disk, so a save that fails or never answers is offered back
 * at the next start. The Electron parts (IPC, timers, storage) are injected, so this runs in Node tests.
 */
export type FlushOutcome = 'saved' | 'unsaved' | 'no-answer' | 'no-window';

/** Long enough for a save of a large draft on a slow disk, short enough that closing does not feel stuck. */
export const flushTimeoutMs = 3_000;

export interface FlushDeps {
  /** Sends request `id` to the page; false when there is no live page to ask. */
  ask(id: number): boolean;
  /** Writes the page's storage (the journal) to disk now. */
  persistStorage(): void;
  setTimer(run: () => void, ms: number): () => void;
  timeoutMs?: number;
}

export interface FlushCoordinator {
  /** Asks the page to save; resolves once it answers or the time is up. Requests made meanwhile share the answer. */
  flush(): Promise<FlushOutcome>;
  /** The page's answer to request `id`. */
  answer(id: number, saved: boolean): void;
}

export function flushCoordinator(deps: FlushDeps): FlushCoordinator {
  let nextId = 1;
  let pending: { id: number; settle: (outcome: FlushOutcome) => void; promise: Promise<FlushOutcome> } | null = null;

  const settleWith = (outcome: FlushOutcome) => {
    const current = pending;
    pending = null;
    deps.persistStorage();
    current?.settle(outcome);
  };

  return {
    flush() {
      if (pending) return pending.promise;
      const id = nextId++;
      let settle: (outcome: FlushOutcome) => void = () => {};
      const promise = new Promise<FlushOutcome>((resolve) => {
        settle = resolve;
      });
      pending = { id, settle, promise };
      if (!deps.ask(id)) {
        settleWith('no-window');
        return promise;
      }
      const cancelTimer = deps.setTimer(() => {
        if (pending?.id === id) settleWith('no-answer');
      }, deps.timeoutMs ?? flushTimeoutMs);
      pending.settle = (outcome) => {
        cancelTimer();
        settle(outcome);
      };
      return promise;
    },
    answer(id, saved) {
      if (pending?.id === id) settleWith(saved ? 'saved' : 'unsaved');
    },
  };
}

/**
 * For a close or quit event that can be held: the first one is held while the page saves, then
 * done again by `proceed`; that second one (and any after) goes through.
 */
export function holdUntilFlushed(flush: () => Promise<unknown>): (hold: () => void, proceed: () => void) => void {
  let state: 'idle' | 'flushing' | 'done' = 'idle';
  return (hold, proceed) => {
    if (state === 'done') return;
    hold();
    if (state === 'flushing') return;
    state = 'flushing';
    void flush().finally(() => {
      state = 'done';
      proceed();
    });
  };
}
