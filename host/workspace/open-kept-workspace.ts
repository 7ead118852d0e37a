/**
 * Opens the workspace the way the app does: a database found damaged (cut short, zero-filled,
 * not SQLite at all) is moved aside under a new name — never deleted — and the newest intact
 * automatic backup takes its place, and the writer is told which backup, from when. Without an
 * intact backup the damaged file stays where it is and the refusal stands: never a silent
 * start from empty. A backup is then taken when one is due.
 */
import { existsSync, readFileSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../core/api/errors.ts';
import { describeFileError } from '../files/describe-file-error.ts';
import { fileStamp, localTime } from '../files/local-time.ts';
import { atomicWriteNow } from '../files/write-file-now.ts';
import { openWorkspace, workspaceFileName, type OpenOptions, type Workspace } from './open-workspace.ts';
import { backupIfDue, defaultBackupPolicy, isIntactBackup, listBackups, type BackupPolicy } from './workspace-backups.ts';

export interface KeptWorkspace {
  workspace: Workspace;
  /** What the writer should be told at start: a restore, a backup that could not be taken. */
  notices: string[];
}

export function openKeptWorkspace(folder: string, options: OpenOptions & { backups?: BackupPolicy } = {}): KeptWorkspace {
  const notices: string[] = [];
  const now = () => options.now?.() ?? new Date().toISOString();
  let workspace: Workspace;
  try {
    // SQLite would take an emptied file for a new database: with backups beside it, it is a damaged one.
    if (isEmptied(folder)) throw new AppError('BAD_DOCUMENT', `工作区数据库“${path.join(folder, workspaceFileName)}”是空文件（0 字节），内容已丢失。`);
    workspace = openWorkspace(folder, options);
  } catch (error) {
    if (!isDamage(error)) throw error;
    notices.push(restoreFromBackup(folder, error, now()));
    workspace = openWorkspace(folder, options);
  }
  try {
    backupIfDue(workspace, folder, options.backups ?? defaultBackupPolicy);
  } catch (error) {
    notices.push(`自动备份工作区失败（${error instanceof Error ? error.message : String(error)}），工作区本身未受影响；请检查磁盘空间。`);
  }
  return { workspace, notices };
}

/**
 * Only a database whose bytes are wrong is replaced. A lock held by another program or a
 * passing read error is no damage: moving that file aside would split the writer's work between
 * the file another program still writes and the backup put in its place.
 */
export function isDamage(error: unknown): error is AppError {
  if (!(error instanceof AppError) || error.code !== 'BAD_DOCUMENT') return false;
  const cause = error.cause;
  return !(cause instanceof Database.SqliteError) || /^SQLITE_(CORRUPT|NOTADB)/.test(cause.code);
}

function isEmptied(folder: string): boolean {
  try {
    return statSync(path.join(folder, workspaceFileName)).size === 0 && listBackups(folder).length > 0;
  } catch {
    return false;
  }
}

function restoreFromBackup(folder: string, damage: AppError, now: string): string {
  const good = listBackups(folder).find((backup) => isIntactBackup(backup.file));
  if (!good) throw new AppError('BAD_DOCUMENT', `${damage.message}\n也没有找到完好的自动备份可供恢复。`, { cause: damage });
  const file = path.join(folder, workspaceFileName);
  const aside = `${file}.corrupt-${fileStamp(now)}`;
  const moved: Array<[string, string]> = [];
  try {
    // The journal files go with it, under names that keep them paired, so a technician can still open the set.
    for (const suffix of ['', '-wal', '-shm']) {
      if (suffix && !existsSync(file + suffix)) continue;
      renameSync(file + suffix, aside + suffix);
      moved.push([file + suffix, aside + suffix]);
    }
    atomicWriteNow(file, readFileSync(good.file));
  } catch (error) {
    // Put the damaged set back: a missing workspace.sqlite would be taken for a new, empty one.
    for (const [from, to] of moved.reverse()) {
      try {
        renameSync(to, from);
      } catch {
        continue;
      }
    }
    const { message } = describeFileError(error, file);
    throw new AppError('BAD_DOCUMENT', `${damage.message}\n从自动备份恢复时失败：${message}`, { cause: error });
  }
  return `工作区数据库已损坏，已从 ${localTime(good.takenAt)} 的自动备份恢复，此后的修改未能找回。损坏的文件已改名保留为“${path.basename(aside)}”（未删除），可交技术人员尝试找回其中的内容。`;
}
