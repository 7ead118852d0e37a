/**
 * Rotating copies of the workspace database in `backups/`: the newest intact one is what a
 * damaged database is restored from. VACUUM INTO writes a consistent, compact copy while the
 * database stays in use; it goes to a temporary name first (swept at start if a kill leaves
 * it), so a half-written copy never passes for a backup.
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempPathFor } from '../files/atomic-write.ts';
import { fileStamp } from '../files/local-time.ts';
import type { Workspace } from './open-workspace.ts';

export const backupsFolderName = 'backups';
const backupName = /^workspace-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.sqlite$/;

export interface Backup {
  file: string;
  /** ISO timestamp of when the copy was taken. */
  takenAt: string;
}

export interface BackupPolicy {
  /** A new copy is taken at opening when the newest is older than this. */
  everyMs: number;
  /** How many copies are kept; older ones are removed once a new one is in place. */
  keep: number;
}

export const defaultBackupPolicy: BackupPolicy = { everyMs: 6 * 60 * 60 * 1000, keep: 7 };

/** Newest first. */
export function listBackups(folder: string): Backup[] {
  const dir = path.join(folder, backupsFolderName);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const m = backupName.exec(name);
      return m ? [{ file: path.join(dir, name), takenAt: `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.000Z` }] : [];
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/** Takes a copy when the newest is older than the policy allows; returns it, or null when none was due. */
export function backupIfDue(ws: Workspace, folder: string, policy: BackupPolicy = defaultBackupPolicy): Backup | null {
  const now = ws.now();
  const newest = listBackups(folder)[0];
  if (newest && Date.parse(now) - Date.parse(newest.takenAt) < policy.everyMs) return null;
  const dir = path.join(folder, backupsFolderName);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `workspace-${fileStamp(now)}.sqlite`);
  const temp = tempPathFor(file);
  try {
    ws.db.prepare('VACUUM INTO ?').run(temp);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  for (const old of listBackups(folder).slice(policy.keep)) rmSync(old.file, { force: true });
  return { file, takenAt: `${now.slice(0, 19)}.000Z` };
}

/** Whether a backup is a whole, readable SQLite database (quick_check reads every page). */
export function isIntactBackup(file: string): boolean {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const rows = db.pragma('quick_check') as Array<{ quick_check: string }>;
      return rows.length === 1 && rows[0]?.quick_check === 'ok';
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}
