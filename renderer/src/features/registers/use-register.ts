/** Loads a register list for the current search, again whenever `reload` is called after a change. */
import { useEffect, useState } from 'react';

export function useRegister<T>(load: () => Promise<T[]>, deps: readonly unknown[]): { rows: T[] | null; problem: string | null; reload: () => void } {
  const [rows, setRows] = useState<T[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (list) => {
        if (!live) return;
        setRows(list);
        setProblem(null);
      },
      (error: unknown) => live && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [...deps, generation]);
  return { rows, problem, reload: () => setGeneration((n) => n + 1) };
}
