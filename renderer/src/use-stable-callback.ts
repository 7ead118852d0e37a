/**
 * A function that keeps its identity across renders and always calls the newest `callback`: for
 * props of parts that skip re-rendering when their props are unchanged. Call it from events and
 * effects, not while rendering (it sees the newest callback only once a render is committed).
 */
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useStableCallback<Args extends unknown[], Result>(callback: (...args: Args) => Result): (...args: Args) => Result {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}
