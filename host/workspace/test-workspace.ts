/** A fresh workspace in a temporary folder with a clock that ticks one second per call, for tests. */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openWorkspace, type Workspace } from './open-workspace.ts';

export function tickingClock(start = Date.UTC(2024, 2, 5, 0, 0, 0)): () => string {
  let at = start;
  return () => new Date((at += 1_000)).toISOString();
}

export function openTestWorkspace(folder = mkdtempSync(path.join(os.tmpdir(), 'gongwen-ws-'))): Workspace & { folder: string } {
  return { ...openWorkspace(folder, { now: tickingClock() }), folder };
}
