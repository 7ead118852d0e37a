/** One measured figure of `npm run bench`, optionally run side by side with another tool. */
export interface Figure {
  /** Shown in the table, in Chinese. */
  name: string;
  runs?: number;
  warmup?: number;
  /** The target for the median, in milliseconds. */
  goalMs?: number;
  /** Timed by the runner, or, with `selfTimed`, resolves to the milliseconds it measured itself (leaving set-up out). */
  run: () => unknown;
  selfTimed?: boolean;
  /** Another tool doing the same job, timed in the same process run, interleaved with ours. */
  compareWith?: { name: string; run: () => unknown };
  /** More about what the runs saw (e.g. the spread of every keystroke), read once they are over. */
  details?: () => string;
}

export interface Sample {
  min: number;
  median: number;
  max: number;
}

export function summarise(times: number[]): Sample {
  const sorted = [...times].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { min: sorted[0] ?? 0, median, max: sorted[sorted.length - 1] ?? 0 };
}

/** The p-th percentile (nearest rank) of a list of times. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}
