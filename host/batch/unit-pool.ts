/**
 * A few worker threads (batch-worker.ts) that compose a batch's units. Each unit goes to the
 * thread with the fewest waiting, which answers its units in the order sent. Closing the pool
 * stops the threads at once, mid-unit, and every unit still waiting fails with the reason given.
 */
import type { Worker } from 'node:worker_threads';
import type { ComposedUnit, UnitSetup } from '../../core/batch/compose-unit.ts';
import type { PlannedGroup } from '../../core/batch/batch-plan.ts';
import { AppError } from '../../core/api/errors.ts';
import { startHostWorker } from '../workers/host-worker.ts';
import type { UnitReply, UnitTask } from './unit-messages.ts';

interface Waiting {
  resolve: (unit: ComposedUnit) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  waiting: Map<number, Waiting>;
}

export class UnitPool {
  private readonly threads: Thread[];
  private nextId = 0;
  private closed: Error | null = null;

  constructor(setup: UnitSetup, size: number) {
    this.threads = Array.from({ length: Math.max(1, size) }, () => this.start(setup));
  }

  private start(setup: UnitSetup): Thread {
    const thread: Thread = { worker: startHostWorker('batch/batch-worker', { workerData: setup }), waiting: new Map() };
    thread.worker.on('message', (reply: UnitReply) => {
      const waiting = thread.waiting.get(reply.id);
      thread.waiting.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.unit);
      else waiting?.reject(new AppError('INTERNAL', reply.message));
    });
    const lost = (why: string) => this.close(new AppError('INTERNAL', `批量生成的工作线程意外停止（${why}），本批未完成。`));
    thread.worker.on('error', (error) => void lost(error.message));
    thread.worker.on('exit', (code) => void lost(`退出代码 ${code}`));
    return thread;
  }

  compose(group: PlannedGroup, documentNumber: string): Promise<ComposedUnit> {
    if (this.closed) return Promise.reject(this.closed);
    const thread = this.threads.reduce((least, t) => (t.waiting.size < least.waiting.size ? t : least));
    const id = this.nextId++;
    const task: UnitTask = { id, group, documentNumber };
    return new Promise((resolve, reject) => {
      thread.waiting.set(id, { resolve, reject });
      thread.worker.postMessage(task);
    });
  }

  /** Stops every thread; units not yet answered fail with `reason`. Closing again changes nothing. */
  async close(reason: Error = new AppError('INTERNAL', '批量生成已结束。')): Promise<void> {
    if (this.closed) return;
    this.closed = reason;
    for (const thread of this.threads) {
      for (const waiting of thread.waiting.values()) waiting.reject(reason);
      thread.waiting.clear();
    }
    await Promise.all(this.threads.map((thread) => thread.worker.terminate()));
  }
}
