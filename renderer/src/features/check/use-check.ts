/**
 * Runs the checker worker on the draft, at most once per pause in typing, dropping stale answers.
 * The worker starts once `start` says so (the screen is first idle); a check due before then waits for it.
 */
import { useEffect, useRef, useState } from 'react';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import type { CheckRequest, CheckResponse, LocatedFinding } from './check-protocol.ts';

const pauseMs = 400;

export type CheckState = { status: 'checking' | 'done'; findings: LocatedFinding[] } | { status: 'failed'; message: string; findings: LocatedFinding[] };

export function useCheck(document: GongwenDocument, start: boolean): CheckState {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const due = useRef<CheckRequest | null>(null);
  const [state, setState] = useState<CheckState>({ status: 'checking', findings: [] });

  const post = () => {
    if (!worker.current || !due.current) return;
    worker.current.postMessage(due.current);
    due.current = null;
  };

  useEffect(() => {
    if (!start) return;
    const instance = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
    instance.addEventListener('message', (event: MessageEvent<CheckResponse>) => {
      const response = event.data;
      if (response.id !== latest.current) return;
      setState((previous) => ('error' in response ? { status: 'failed', message: response.error, findings: previous.findings } : { status: 'done', findings: response.findings }));
    });
    worker.current = instance;
    post();
    return () => {
      instance.terminate();
      worker.current = null;
    };
  }, [start]);

  useEffect(() => {
    const id = ++latest.current;
    // Already checking while typing goes on: the same state, so a keystroke re-renders nothing here.
    setState((previous) => (previous.status === 'checking' ? previous : { status: 'checking', findings: previous.findings }));
    const timer = setTimeout(() => {
      due.current = { id, document };
      post();
    }, pauseMs);
    return () => clearTimeout(timer);
  }, [document]);

  return state;
}
