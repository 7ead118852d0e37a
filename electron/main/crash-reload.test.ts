import { describe, expect, it } from 'vitest';
import { crashReloader, maxReloads, reloadWindowMs } from './crash-reload.ts';

describe('crashReloader', () => {
  it('reloads after a crash, an out-of-memory kill or an external kill', () => {
    const reload = crashReloader(() => 0);
    expect(['crashed', 'oom', 'killed'].map((reason) => reload(reason as 'crashed'))).toEqual([true, true, true]);
  });

  it('does not reload a window that closed normally or whose renderer cannot start', () => {
    const reload = crashReloader(() => 0);
    expect(reload('clean-exit')).toBe(false);
    expect(reload('launch-failed')).toBe(false);
    expect(reload('integrity-failure')).toBe(false);
  });

  it(`stops after ${maxReloads} crashes within a minute and reloads again once they are older`, () => {
    let time = 0;
    const reload = crashReloader(() => time);
    for (let i = 0; i < maxReloads; i++) expect(reload('crashed')).toBe(true);
    expect(reload('crashed')).toBe(false);
    time = reloadWindowMs;
    expect(reload('crashed')).toBe(true);
  });
});
