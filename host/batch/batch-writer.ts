/**
 * Writes a batch's files atomically, several at once: each file waits for its own fsync, and
 * the disk completes a few of those together about as fast as one, so writing one file after
 * the other left the run waiting on the disk most of its time. The folder is synced once, after
 * the last file, instead of after each. Every file written is remembered, so a run that fails
 * or is cancelled removes exactly those.
 */
import path from 'node:path';
import { AppError } from '../../core/api/errors.ts';
import { atomicWrite, syncFolder } from '../files/atomic-write.ts';
import { describeFileError } from '../files/describe-file-error.ts';

/** libuv's four file-system threads: more files at once would only queue behind them. */
const defaultAtOnce = 4;

export class BatchWriter {
  /** Files written completely, in the order they finished. */
  readonly written: string[] = [];
  private readonly writing = new Set<Promise<void>>();
  private failure: AppError | null = null;
  private readonly folders = new Set<string>();

  constructor(private readonly atOnce = defaultAtOnce) {}

  /** Starts writing `file`; returns once another file may start. Fails with the first file that could not be written. */
  async write(file: string, bytes: Uint8Array): Promise<void> {
    this.check();
    this.folders.add(path.dirname(file));
    const done: Promise<void> = atomicWrite(file, bytes, { syncFolder: false })
      .then(
        () => void this.written.push(file),
        (error: unknown) => {
          this.failure ??= new AppError('IO_ERROR', describeFileError(error, file).message);
        },
      )
      .finally(() => this.writing.delete(done));
    this.writing.add(done);
    while (this.writing.size >= this.atOnce) await Promise.race(this.writing);
    this.check();
  }

  /** Waits for every file started and syncs their folders; fails as write does. */
  async finish(): Promise<void> {
    await this.settle();
    this.check();
    for (const folder of this.folders) await syncFolder(folder);
  }

  /** Waits until no file is being written, whether they succeeded or not (before removing them). */
  async settle(): Promise<void> {
    while (this.writing.size > 0) await Promise.all(this.writing);
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }
}
