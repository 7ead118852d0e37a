/**
 * Writes a file so that readers see either the old bytes or the new ones, never a
 * truncated mix: temp file in the same folder, fsync, rename, fsync the folder.
 * Windows answers EBUSY/EPERM while an indexer or virus scanner holds the file, so
 * the rename is retried a few times before giving up.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

const transientCodes = new Set(['EBUSY', 'EPERM', 'EACCES']);
const retryDelaysMs = [20, 50, 100, 200, 400];
const tempNamePattern = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** Beside the target, so the rename never crosses a volume (EXDEV would force a non-atomic copy). */
export const tempPathFor = (target: string): string => path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);

/** True for the name of a temporary file atomicWrite makes (and leaves behind only when its process is killed). */
export const isAtomicWriteTemp = (name: string): boolean => tempNamePattern.test(name);

export interface AtomicWriteOptions {
  /** False when the caller writes many files to one folder and syncs it once after the last (syncFolder). */
  syncFolder?: boolean;
}

export async function atomicWrite(target: string, bytes: Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const folder = path.dirname(target);
  const temp = tempPathFor(target);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await withRetry(() => rename(temp, target));
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  // After the rename every reader sees the new bytes, and nothing can undo that; a folder that
  // cannot be synced only leaves the rename less sure to outlive a power cut, so it is not
  // reported as a failed save (whose message would say the old file is still there).
  if (options.syncFolder !== false) await syncFolder(folder);
}

async function withRetry(step: () => Promise<void>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await step();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const delay = retryDelaysMs[attempt];
      if (!transientCodes.has(code) || delay === undefined) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/** Makes the renames into `folder` outlive a power cut, as far as the system allows; never fails. */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not a failed write: the renames are done, only their surviving a power cut is less sure.
  }
}
