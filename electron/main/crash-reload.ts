/**
 * When the window's renderer dies (crash, out of memory, killed by an antivirus), the window is
 * reloaded so the writer gets the editor back with the last autosave, rather than a blank
 * window. A renderer that keeps dying is left alone after a few tries, so a crash on load
 * cannot turn into an endless reload loop.
 */
export type GoneReason = 'clean-exit' | 'abnormal-exit' | 'killed' | 'crashed' | 'oom' | 'launch-failed' | 'integrity-failure' | 'memory-eviction';

export const maxReloads = 3;
/** Crashes older than this no longer count towards `maxReloads`. */
export const reloadWindowMs = 60_000;

export function crashReloader(now: () => number = Date.now): (reason: GoneReason) => boolean {
  let recent: number[] = [];
  return (reason) => {
    // A clean exit is the window closing, and a failed launch or integrity check would only fail again.
    if (reason === 'clean-exit' || reason === 'launch-failed' || reason === 'integrity-failure') return false;
    const at = now();
    recent = recent.filter((time) => at - time < reloadWindowMs);
    if (recent.length >= maxReloads) return false;
    recent.push(at);
    return true;
  };
}
