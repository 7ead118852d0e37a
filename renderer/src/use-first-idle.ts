/**
 * True once the browser has first been idle since the screen mounted. Opening a long draft is one
 * long task and a heavy first frame; work nobody sees yet (the hidden printed copy, starting the
 * workers, which compiles the layout engine and the checker on other threads) waits for this, so
 * on a machine with two cores it neither delays the first paint nor competes with it.
 */
import { useEffect, useState } from 'react';

/** At the latest this long after mounting, for a screen that never idles. */
const longestWaitMs = 1000;

export function useFirstIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const handle = requestIdleCallback(() => setIdle(true), { timeout: longestWaitMs });
    return () => cancelIdleCallback(handle);
  }, []);
  return idle;
}
