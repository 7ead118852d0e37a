/**
 * Every write runs in one IMMEDIATE transaction: the write lock is taken up front, so two
 * connections (the app and the CLI) queue instead of deadlocking, and a step that fails
 * leaves nothing half-written. SQLite's lock and disk errors come back in Chinese.
 */
import Database from 'better-sqlite3';
import { AppError } from '../../core/api/errors.ts';
import type { Workspace } from './open-workspace.ts';

export function inWriteTransaction<T>(ws: Workspace, work: () => T): T {
  try {
    return ws.db.transaction(work).immediate();
  } catch (error) {
    throw describeSqliteError(error, ws.file);
  }
}

export function describeSqliteError(error: unknown, file: string): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  if (error.code.startsWith('SQLITE_BUSY') || error.code.startsWith('SQLITE_LOCKED')) {
    return new AppError('FILE_BUSY', `工作区“${file}”正被另一个窗口或命令行写入，本次操作未执行，请稍后重试。`, { cause: error });
  }
  if (error.code === 'SQLITE_FULL') return new AppError('IO_ERROR', `磁盘空间不足，无法写入工作区“${file}”；本次操作未执行，已有内容未受影响。`, { cause: error });
  if (error.code.startsWith('SQLITE_IOERR') || error.code === 'SQLITE_READONLY') {
    return new AppError('IO_ERROR', `写入工作区“${file}”失败（${error.code}），本次操作未执行。请检查磁盘或文件夹权限。`, { cause: error });
  }
  return error;
}
