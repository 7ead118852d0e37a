/**
 * Opens (or creates) the workspace database in the user-data folder: checks that an existing
 * file really is an intact SQLite database before anything writes to it, refuses a schema
 * newer than this program knows, then switches to WAL and applies pending migrations, each
 * in its own transaction. A damaged file is reported and left exactly as it was. Temporary
 * files that a killed process left in the folder are swept first.
 */
import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../core/api/errors.ts';
import { describeFileError } from '../files/describe-file-error.ts';
import { sweepTempFiles } from '../files/sweep-temp-files.ts';
import { migrations, type Migration } from './migrations.ts';

export const workspaceFileName = 'workspace.sqlite';
const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

export interface Workspace {
  readonly db: Database.Database;
  readonly file: string;
  /** ISO timestamp of "now"; injected so tests can pin time. */
  readonly now: () => string;
  close(): void;
}

export interface OpenOptions {
  /** How long a write waits for another connection (the CLI, a second window) before giving up. */
  busyTimeoutMs?: number;
  now?: () => string;
  /** Leftover temporary files younger than this may be another process's write in progress and are kept. */
  sweepTempOlderThanMs?: number;
}

export function openWorkspace(folder: string, options: OpenOptions = {}): Workspace {
  const file = path.join(folder, workspaceFileName);
  let db: Database.Database;
  try {
    mkdirSync(folder, { recursive: true });
    sweepTempFiles(folder, { olderThanMs: options.sweepTempOlderThanMs });
    refuseForeignFile(file);
    db = new Database(file, { timeout: options.busyTimeoutMs ?? 5_000 });
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (error instanceof Database.SqliteError && error.code !== 'SQLITE_CANTOPEN') throw damaged(file, error);
    const { code, message } = describeFileError(error, file, 'read');
    throw new AppError(code, `无法打开工作区：${message}`, { cause: error });
  }
  try {
    checkIntact(db, file);
    refuseNewerSchema(db, file);
    db.pragma('journal_mode = WAL');
    // FULL: a secretary's last autosave must survive a power cut, and one fsync per save is cheap.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, file, now: options.now ?? (() => new Date().toISOString()), close: () => db.close() };
}

export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function refuseForeignFile(file: string): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return;
  }
  if (size === 0) return;
  const head = Buffer.alloc(sqliteHeader.length);
  const handle = openSync(file, 'r');
  try {
    readSync(handle, head, 0, head.length, 0);
  } finally {
    closeSync(handle);
  }
  if (!head.equals(sqliteHeader)) {
    throw new AppError('BAD_DOCUMENT', `工作区数据库“${file}”不是 SQLite 数据库文件（文件头不符），可能已损坏或被其他文件替换。程序没有改动或删除它；请先备份该文件，再联系技术人员恢复。`);
  }
}

/** quick_check reads every page, which also catches a file cut short by a failed copy. */
function checkIntact(db: Database.Database, file: string): void {
  let problems: string[];
  try {
    problems = (db.pragma('quick_check(5)') as Array<{ quick_check: string }>).map((row) => row.quick_check);
  } catch (error) {
    throw damaged(file, error);
  }
  if (problems.length !== 1 || problems[0] !== 'ok') throw damaged(file, new Error(problems.join('; ')));
}

function damaged(file: string, cause: unknown): AppError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new AppError('BAD_DOCUMENT', `工作区数据库“${file}”已损坏，无法打开（${detail}）。程序没有改动或删除它；请先备份该文件，再联系技术人员恢复。`, { cause });
}

function refuseNewerSchema(db: Database.Database, file: string): void {
  const version = schemaVersion(db);
  if (version > migrations.length) {
    throw new AppError('UNSUPPORTED', `工作区数据库“${file}”由更新版本的公文工作台创建（数据结构第 ${version} 版，本程序只支持到第 ${migrations.length} 版）。请升级公文工作台后再打开；程序没有改动它。`);
  }
}

/** Each step re-reads the version inside its write lock, so two programs opening one workspace at once never apply a step twice. */
export function migrate(db: Database.Database, steps: readonly Migration[] = migrations): void {
  const applyNext = db.transaction((): boolean => {
    const version = schemaVersion(db);
    const step = steps[version];
    if (!step) return false;
    step(db);
    db.pragma(`user_version = ${version + 1}`);
    return true;
  });
  // Checked without the lock first: a workspace that is up to date opens even while another program holds the write lock.
  let applied = schemaVersion(db) < steps.length;
  while (applied) {
    try {
      applied = applyNext.immediate();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new AppError('INTERNAL', `升级工作区数据结构到第 ${schemaVersion(db) + 1} 版时失败（${detail}），数据库保持在第 ${schemaVersion(db)} 版，未做任何改动。`, { cause: error });
    }
  }
}
