/**
 * The synchronous twin of atomicWrite, for the few steps that run before anything else may
 * touch the folder (restoring a damaged workspace while it is being opened).
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { tempPathFor } from './atomic-write.ts';

export function atomicWriteNow(target: string, bytes: Uint8Array): void {
  const temp = tempPathFor(target);
  try {
    const handle = openSync(temp, 'wx');
    try {
      writeSync(handle, bytes);
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
