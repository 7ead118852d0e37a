import { describe, expect, it } from 'vitest';
import { flushCoordinator, flushTimeoutMs, holdUntilFlushed, type FlushDeps } from './flush-before-exit.ts';

/** A page that records what it was asked, storage writes, and timers the test fires by hand. */
function setUp(pageAlive = true) {
  const asked: number[] = [];
  const timers: { run: () => void; ms: number; cancelled: boolean }[] = [];
  let persisted = 0;
  const deps: FlushDeps = {
    ask: (id) => {
      asked.push(id);
      return pageAlive;
    },
    persistStorage: () => void persisted++,
    setTimer: (run, ms) => {
      const timer = { run, ms, cancelled: false };
      timers.push(timer);
      return () => void (timer.cancelled = true);
    },
  };
  return { coordinator: flushCoordinator(deps), asked, timers, persisted: () => persisted };
}

describe('saving before the app goes away', () => {
  it('asks the page to save, resolves with its answer and then writes the journal storage to disk', async () => {
    const { coordinator, asked, timers, persisted } = setUp();
    const outcome = coordinator.flush();
    expect(asked).toEqual([1]);
    expect(persisted()).toBe(0);
    coordinator.answer(1, true);
    expect(await outcome).toBe('saved');
    expect(persisted()).toBe(1);
    expect(timers[0]?.cancelled).toBe(true);
  });

  it('reports a save that failed as unsaved: the journal on disk keeps the typing for the next start', async () => {
    const { coordinator, persisted } = setUp();
    const outcome = coordinator.flush();
    coordinator.answer(1, false);
    expect(await outcome).toBe('unsaved');
    expect(persisted()).toBe(1);
  });

  it(`stops waiting for a page that does not answer within ${flushTimeoutMs} ms, and ignores its late answer`, async () => {
    const { coordinator, timers, persisted } = setUp();
    const outcome = coordinator.flush();
    expect(timers[0]?.ms).toBe(flushTimeoutMs);
    timers[0]?.run();
    expect(await outcome).toBe('no-answer');
    coordinator.answer(1, true);
    expect(persisted()).toBe(1);
  });

  it('does not wait when no page is there to ask', async () => {
    const { coordinator, timers, persisted } = setUp(false);
    expect(await coordinator.flush()).toBe('no-window');
    expect(timers).toEqual([]);
    expect(persisted()).toBe(1);
  });

  it('shares one request among the events that come together (query-session-end, close, quit), and asks anew later', async () => {
    const { coordinator, asked } = setUp();
    const first = coordinator.flush();
    const second = coordinator.flush();
    expect(asked).toEqual([1]);
    coordinator.answer(7, true);
    coordinator.answer(1, true);
    expect(await Promise.all([first, second])).toEqual(['saved', 'saved']);
    const later = coordinator.flush();
    expect(asked).toEqual([1, 2]);
    coordinator.answer(2, true);
    expect(await later).toBe('saved');
  });
});

describe('holding a close or quit until the page has saved', () => {
  it('holds the first event, lets the repeated one through once saved, and holds nothing after', async () => {
    let finish: () => void = () => {};
    const flushing = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const gate = holdUntilFlushed(() => flushing);
    const log: string[] = [];
    const closeEvent = (name: string) => gate(() => log.push(`${name} held`), () => log.push('close again'));
    closeEvent('first');
    closeEvent('second');
    expect(log).toEqual(['first held', 'second held']);
    finish();
    await flushing;
    await Promise.resolve();
    expect(log).toEqual(['first held', 'second held', 'close again']);
    closeEvent('third');
    expect(log).toEqual(['first held', 'second held', 'close again']);
  });
});
