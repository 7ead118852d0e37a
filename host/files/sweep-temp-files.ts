/**
 * A process killed in the middle of an atomic write leaves its temporary file behind; the
 * target itself is intact (old or new bytes), so the orphan is only clutter — on Windows a
 * visible one beside the secretary's files. They are removed at start. A fresh one may belong
 * to another process (the CLI) writing right now, so only files older than a minute go.
 */
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { isAtomicWriteTemp } from './atomic-write.ts';

export interface SweepOptions {
  olderThanMs?: number;
  /** How many folder levels below `folder` are searched (the pack store keeps its pointers three down). */
  depth?: number;
  now?: number;
}

/** Returns the files removed. Best effort: a folder or file that cannot be read or removed is left for the next start. */
export function sweepTempFiles(folder: string, { olderThanMs = 60_000, depth = 3, now = Date.now() }: SweepOptions = {}): string[] {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory() && depth > 0) removed.push(...sweepTempFiles(full, { olderThanMs, depth: depth - 1, now }));
    if (!entry.isFile() || !isAtomicWriteTemp(entry.name)) continue;
    try {
      if (now - statSync(full).mtimeMs < olderThanMs) continue;
      unlinkSync(full);
      removed.push(full);
    } catch {
      continue;
    }
  }
  return removed;
}
