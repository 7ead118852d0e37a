/**
 * A batch run as the screen sees it: started in the host, then read back every few hundred
 * milliseconds until it ends. Only small answers cross, so the screen stays responsive however
 * long the run takes; 取消 asks the host to stop and the next answer says how it ended.
 */
import { useEffect, useRef, useState } from 'react';
import type { BatchJob, BatchRunRequest } from '../../../../core/api/contract-batch.ts';
import { callApi } from '../../api/call-api.ts';

const pollMs = 250;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export interface BatchRun {
  job: BatchJob | null;
  /** A start refused before any job began (problems, a bad folder name). */
  error: string | null;
  starting: boolean;
  start: (request: BatchRunRequest) => Promise<void>;
  cancel: () => void;
  reset: () => void;
}

export function useBatchRun(): BatchRun {
  const [job, setJob] = useState<BatchJob | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const timer = useRef<number | null>(null);

  const stop = () => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => stop, []);

  const poll = (jobId: string) => {
    timer.current = window.setTimeout(() => {
      callApi('getBatchRun', { jobId }).then(
        (next) => {
          setJob(next);
          if (next.state === 'running') poll(jobId);
        },
        (failure: unknown) => setError(messageOf(failure)),
      );
    }, pollMs);
  };

  return {
    job,
    error,
    starting,
    async start(request) {
      stop();
      setJob(null);
      setError(null);
      setStarting(true);
      try {
        const { jobId } = await callApi('startBatchRun', request);
        setJob({ jobId, state: 'running', done: 0, total: 0, step: '正在准备', message: null, outcome: null });
        poll(jobId);
      } catch (failure) {
        setError(messageOf(failure));
      } finally {
        setStarting(false);
      }
    },
    cancel() {
      if (!job || job.state !== 'running') return;
      callApi('cancelBatchRun', { jobId: job.jobId }).then(
        (next) => setJob((current) => (current?.state === 'running' ? next : current)),
        (failure: unknown) => setError(messageOf(failure)),
      );
    },
    reset() {
      stop();
      setJob(null);
      setError(null);
    },
  };
}
