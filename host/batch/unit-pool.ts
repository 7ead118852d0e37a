/**
 * A few worker threads (batch-worker.ts) that compose a batch's units. Each unit goes to the
 * thread with the fewest waiting, which answers its units in the order sent. Closing the pool
 * with every unit answered keeps its threads warm for the next run for a while (starting one
 * costs more than composing dozens of units); closing it early, on a cancel or a failure,
 * stops them at once, mid-unit, and every unit still waiting fails with the reason given.
 */
import type { Worker } from 'node:worker_threads';
import type { ComposedUnit, UnitSetup } from '../../core/batch/compose-unit.ts';
import type { PlannedGroup } from '../../core/batch/batch-plan.ts';
import { AppError } from '../../core/api/errors.ts';
import { startHostWorker } from '../workers/host-worker.ts';
import type { UnitReply, UnitRequest } from './unit-messages.ts';

interface Waiting {
  resolve: (unit: ComposedUnit) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  waiting: Map<number, Waiting>;
  /** Removes this run's listeners. */
  detach: () => void;
  /** Whether the thread stopped by itself (an uncaught error, out of memory). */
  lost: boolean;
}

/** How long a thread no run uses is kept before it is stopped. */
const keepWarmMs = 120_000;

/** A unit's garbage is short-lived; a small nursery keeps two threads' memory within the batch's budget (measured: peak RSS 390 → 330 MB for 200 units). */
const youngGenerationMb = 12;

/** Threads between runs; unreferenced, so they never keep the process alive. */
const idle = new Set<Worker>();
const idleTimers = new Map<Worker, ReturnType<typeof setTimeout>>();

function takeWorker(): Worker {
  const [warm] = idle;
  if (!warm) return startHostWorker('batch/batch-worker', { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb } });
  idle.delete(warm);
  clearTimeout(idleTimers.get(warm));
  idleTimers.delete(warm);
  warm.removeAllListeners('exit');
  warm.ref();
  return warm;
}

function keepWarm(worker: Worker): void {
  const request: UnitRequest = { kind: 'setup', setup: null };
  worker.postMessage(request);
  worker.unref();
  idle.add(worker);
  const stop = () => {
    idle.delete(worker);
    idleTimers.delete(worker);
    void worker.terminate();
  };
  worker.once('exit', stop);
  const timer = setTimeout(stop, keepWarmMs);
  timer.unref();
  idleTimers.set(worker, timer);
}

export class UnitPool {
  private readonly threads: Thread[];
  private nextId = 0;
  private closed: Error | null = null;

  constructor(setup: UnitSetup, size: number) {
    this.threads = Array.from({ length: Math.max(1, size) }, () => this.attach(takeWorker(), setup));
  }

  private attach(worker: Worker, setup: UnitSetup): Thread {
    const waiting = new Map<number, Waiting>();
    const onMessage = (reply: UnitReply) => {
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if (reply.ok) pending?.resolve(reply.unit);
      else pending?.reject(new AppError('INTERNAL', reply.message));
    };
    const lost = (why: string) => {
      thread.lost = true;
      void this.close(new AppError('INTERNAL', `批量生成的工作线程意外停止（${why}），本批未完成。`));
    };
    const onError = (error: Error) => lost(error.message);
    const onExit = (code: number) => lost(`退出代码 ${code}`);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    const request: UnitRequest = { kind: 'setup', setup };
    worker.postMessage(request);
    const detach = () => worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    const thread: Thread = { worker, waiting, detach, lost: false };
    return thread;
  }

  /** `position` is the unit's place in the batch, from 0, which decides its place in the print file. */
  compose(group: PlannedGroup, documentNumber: string, position: number): Promise<ComposedUnit> {
    if (this.closed) return Promise.reject(this.closed);
    const thread = this.threads.reduce((least, t) => (t.waiting.size < least.waiting.size ? t : least));
    const id = this.nextId++;
    const request: UnitRequest = { kind: 'unit', id, group, documentNumber, position };
    return new Promise((resolve, reject) => {
      thread.waiting.set(id, { resolve, reject });
      thread.worker.postMessage(request);
    });
  }

  /** Ends the pool's use of its threads; units not yet answered fail with `reason`. Closing again changes nothing. */
  async close(reason: Error = new AppError('INTERNAL', '批量生成已结束。')): Promise<void> {
    if (this.closed) return;
    this.closed = reason;
    const stopping: Promise<number>[] = [];
    for (const thread of this.threads) {
      thread.detach();
      if (thread.waiting.size === 0 && !thread.lost) {
        keepWarm(thread.worker);
        continue;
      }
      for (const pending of thread.waiting.values()) pending.reject(reason);
      thread.waiting.clear();
      stopping.push(thread.worker.terminate());
    }
    await Promise.all(stopping);
  }
}
