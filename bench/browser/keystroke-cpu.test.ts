import { describe, expect, it } from 'vitest';
import { keystrokeCpu, type TraceEvent } from './keystroke-cpu.ts';

const main = { pid: 1, tid: 7 };
const task = (ts: number, dur: number, tdur: number): TraceEvent => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', ts, dur, tdur, ...main });
const keydown = (ts: number): TraceEvent => ({ name: 'EventDispatch', ph: 'X', ts, dur: 100, ...main, args: { data: { type: 'keydown' } } });
const paint = (ts: number): TraceEvent => ({ name: 'Paint', ph: 'X', ts, dur: 200, ...main });

describe('keystrokeCpu', () => {
  it('adds the thread time of the tasks from the key to the paint, leaving out work after the paint and on other threads', () => {
    const events: TraceEvent[] = [
      task(1_000, 5_000, 4_000),
      keydown(1_200),
      task(7_000, 3_000, 2_000),
      task(7_500, 1_000, 1_000),
      task(11_000, 2_000, 1_500),
      paint(12_000),
      task(20_000, 9_000, 9_000),
      { ...task(8_000, 2_000, 2_000), tid: 8 },
      keydown(40_000),
      task(39_900, 1_000, 500),
      task(42_000, 3_000, 2_500),
      paint(43_000),
    ];
    expect(keystrokeCpu(events)).toEqual([7.5, 3]);
  });

  it('skips a key with no paint after it', () => {
    expect(keystrokeCpu([task(0, 1_000, 1_000), keydown(100)])).toEqual([]);
  });
});
