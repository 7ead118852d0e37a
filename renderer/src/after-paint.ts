/**
 * Work that must follow a change but need not be in the frame that shows it: run once the next
 * frame has been painted, so a keystroke's letter is on screen before the app reacts to it.
 * Requests made before it runs are folded into one run; `flush` runs pending work at once, for a
 * reader that needs it now (a click elsewhere, a shortcut).
 */
export interface AfterPaint {
  schedule(): void;
  flush(): void;
  cancel(): void;
}

/** The browser's frame clock and task queue; tests pass their own. */
export interface FrameClock {
  requestAnimationFrame(callback: () => void): number;
  cancelAnimationFrame(handle: number): void;
  /** Queues a task: run from a frame callback, it runs after that frame is painted. */
  postTask(callback: () => void): void;
}

const browserClock: FrameClock = {
  requestAnimationFrame: (callback) => requestAnimationFrame(callback),
  cancelAnimationFrame: (handle) => cancelAnimationFrame(handle),
  postTask: (callback) => {
    // A message runs as its own task; a zero timeout may be clamped to 4 ms or throttled.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback();
    channel.port2.postMessage(null);
  },
};

export function afterPaint(work: () => void, clock: FrameClock = browserClock): AfterPaint {
  let frame: number | null = null;
  // Bumped by every run or cancel, so a task queued for an earlier request does nothing.
  let generation = 0;
  let pending = false;
  const run = () => {
    if (!pending) return;
    pending = false;
    generation++;
    if (frame !== null) clock.cancelAnimationFrame(frame);
    frame = null;
    work();
  };
  return {
    schedule() {
      if (pending) return;
      pending = true;
      const mine = generation;
      frame = clock.requestAnimationFrame(() => {
        frame = null;
        clock.postTask(() => {
          if (mine === generation) run();
        });
      });
    },
    flush: run,
    cancel() {
      pending = false;
      generation++;
      if (frame !== null) clock.cancelAnimationFrame(frame);
      frame = null;
    },
  };
}
