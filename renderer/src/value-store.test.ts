import { describe, expect, it, vi } from 'vitest';
import { valueStore } from './value-store.ts';

describe('valueStore', () => {
  it('tells its watchers of a new value only, takes an update from the previous value, and stops telling one that left', () => {
    const store = valueStore({ kind: 'saved' });
    const watcher = vi.fn();
    const stop = store.subscribe(watcher);
    store.set((previous) => previous);
    expect(watcher).not.toHaveBeenCalled();
    store.set({ kind: 'pending' });
    expect(store.get()).toEqual({ kind: 'pending' });
    expect(watcher).toHaveBeenCalledTimes(1);
    stop();
    store.set({ kind: 'saved' });
    expect(store.get()).toEqual({ kind: 'saved' });
    expect(watcher).toHaveBeenCalledTimes(1);
  });
});
