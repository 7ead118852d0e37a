import { describe, expect, it } from 'vitest';
import { afterPaint, type FrameClock } from './after-paint.ts';

/** A frame clock driven by hand: `frame()` runs the frame callbacks, `tasks()` the tasks queued since. */
function manualClock() {
  let frames = new Map<number, () => void>();
  let queued: (() => void)[] = [];
  let next = 1;
  const clock: FrameClock = {
    requestAnimationFrame: (callback) => {
      frames.set(next, callback);
      return next++;
    },
    cancelAnimationFrame: (handle) => void frames.delete(handle),
    postTask: (callback) => void queued.push(callback),
  };
  return {
    clock,
    frame: () => {
      const due = [...frames.values()];
      frames = new Map();
      due.forEach((callback) => callback());
    },
    tasks: () => {
      const due = queued;
      queued = [];
      due.forEach((callback) => callback());
    },
  };
}

describe('afterPaint', () => {
  it('runs after the next frame, not in it, and folds requests made before that into one run', () => {
    const { clock, frame, tasks } = manualClock();
    let runs = 0;
    const later = afterPaint(() => runs++, clock);
    later.schedule();
    later.schedule();
    expect(runs).toBe(0);
    frame();
    expect(runs).toBe(0);
    tasks();
    expect(runs).toBe(1);
    tasks();
    frame();
    tasks();
    expect(runs).toBe(1);
  });

  it('flush runs pending work at once and the queued run then does nothing', () => {
    const { clock, frame, tasks } = manualClock();
    let runs = 0;
    const later = afterPaint(() => runs++, clock);
    later.flush();
    expect(runs).toBe(0);
    later.schedule();
    frame();
    later.flush();
    expect(runs).toBe(1);
    tasks();
    expect(runs).toBe(1);
    later.schedule();
    frame();
    tasks();
    expect(runs).toBe(2);
  });

  it('cancel drops pending work', () => {
    const { clock, frame, tasks } = manualClock();
    let runs = 0;
    const later = afterPaint(() => runs++, clock);
    later.schedule();
    later.cancel();
    frame();
    tasks();
    later.flush();
    expect(runs).toBe(0);
  });

  it('a request made while the work runs is scheduled anew', () => {
    const { clock, frame, tasks } = manualClock();
    let runs = 0;
    const later = afterPaint(() => {
      runs++;
      if (runs === 1) later.schedule();
    }, clock);
    later.schedule();
    frame();
    tasks();
    expect(runs).toBe(1);
    frame();
    tasks();
    expect(runs).toBe(2);
  });
});
