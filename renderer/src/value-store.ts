/**
 * A value outside React's state that only the components reading it (through useSyncExternalStore) re-render for —
 * for state changed from a keystroke that one small part of the screen shows.
 */
export interface ValueSource<T> {
  get: () => T;
  subscribe: (onChange: () => void) => () => void;
}

export interface ValueStore<T> extends ValueSource<T> {
  set: (next: T | ((previous: T) => T)) => void;
}

export function valueStore<T>(initial: T): ValueStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => void listeners.delete(onChange);
    },
    set(next) {
      const updated = typeof next === 'function' ? (next as (previous: T) => T)(value) : next;
      if (Object.is(updated, value)) return;
      value = updated;
      for (const listener of listeners) listener();
    },
  };
}
