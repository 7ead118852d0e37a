import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/api/errors.ts';
import { createBlankDocument } from '../../core/model/document.ts';
import { localTime } from '../files/local-time.ts';
import { createDraft, listDrafts } from './drafts.ts';
import { isDamage, openKeptWorkspace } from './open-kept-workspace.ts';
import { workspaceFileName } from './open-workspace.ts';
import { tickingClock } from './test-workspace.ts';
import { backupsFolderName, listBackups } from './workspace-backups.ts';

const tempFolder = (): string => mkdtempSync(path.join(os.tmpdir(), 'gongwen-kept-'));
const hourly = { everyMs: 3_600_000, keep: 3 };
const titled = (title: string) => ({ ...createBlankDocument('通知'), title });

/** A clock the test sets: `at('02:00')` makes it 2 a.m. UTC on 2024-03-05. */
function clock() {
  let now = '2024-03-05T00:00:00.000Z';
  return { now: () => now, at: (hhmm: string) => void (now = `2024-03-05T${hhmm}:00.000Z`) };
}

/** Opened at 01:00 and 02:00 (a backup each time): the 02:00 backup holds the first draft, not the second. */
function backedUpWorkspace(folder: string) {
  const time = clock();
  time.at('01:00');
  const first = openKeptWorkspace(folder, { now: time.now, backups: hourly });
  createDraft(first.workspace, { document: titled('关于备份前写好的通知') });
  first.workspace.close();
  time.at('02:00');
  const second = openKeptWorkspace(folder, { now: time.now, backups: hourly });
  createDraft(second.workspace, { document: titled('关于备份后才写的通知') });
  second.workspace.db.pragma('wal_checkpoint(TRUNCATE)');
  second.workspace.close();
  time.at('03:00');
  return time;
}

const damages: Array<[string, (bytes: Buffer) => Buffer]> = [
  ['cut short', (bytes) => bytes.subarray(0, Math.floor(bytes.length / 2))],
  ['zero-filled', (bytes) => Buffer.alloc(bytes.length)],
  ['emptied to 0 bytes', () => Buffer.alloc(0)],
  ['replaced by text', () => Buffer.from('这不是数据库。'.repeat(300))],
];

describe('openKeptWorkspace', () => {
  it('takes a backup when one is due, not more often, and keeps only the newest few', () => {
    const folder = tempFolder();
    const time = clock();
    for (const hhmm of ['00:20', '00:40', '01:00', '01:20', '01:40', '02:00', '02:20', '02:40', '03:00', '03:20']) {
      time.at(hhmm);
      openKeptWorkspace(folder, { now: time.now, backups: hourly }).workspace.close();
    }
    expect(listBackups(folder).map((b) => b.takenAt)).toEqual(['2024-03-05T03:20:00.000Z', '2024-03-05T02:20:00.000Z', '2024-03-05T01:20:00.000Z']);
    expect(readdirSync(path.join(folder, backupsFolderName)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it.each(damages)('a database %s is moved aside unchanged and restored from the newest backup, and the writer is told from when', (_, damage) => {
    const folder = tempFolder();
    const time = backedUpWorkspace(folder);
    const file = path.join(folder, workspaceFileName);
    const bad = damage(readFileSync(file));
    writeFileSync(file, bad);

    const { workspace, notices } = openKeptWorkspace(folder, { now: time.now, backups: hourly });
    expect(listDrafts(workspace).map((d) => d.title)).toEqual(['关于备份前写好的通知']);
    const aside = readdirSync(folder).filter((name) => name.startsWith(`${workspaceFileName}.corrupt-`));
    expect(aside).toEqual(['workspace.sqlite.corrupt-20240305T030000Z']);
    expect(readFileSync(path.join(folder, aside[0] ?? '')).equals(bad)).toBe(true);
    expect(notices).toEqual([
      `工作区数据库已损坏，已从 ${localTime('2024-03-05T02:00:00.000Z')} 的自动备份恢复，此后的修改未能找回。损坏的文件已改名保留为“workspace.sqlite.corrupt-20240305T030000Z”（未删除），可交技术人员尝试找回其中的内容。`,
    ]);
    workspace.close();
  });

  it('passes over a damaged backup to the newest intact one', () => {
    const folder = tempFolder();
    const time = backedUpWorkspace(folder);
    openKeptWorkspace(folder, { now: time.now, backups: hourly }).workspace.close();
    const [newest] = listBackups(folder);
    expect(newest?.takenAt).toBe('2024-03-05T03:00:00.000Z');
    writeFileSync(newest?.file ?? '', Buffer.alloc(4096));
    writeFileSync(path.join(folder, workspaceFileName), Buffer.alloc(8192));
    time.at('04:00');

    const { workspace, notices } = openKeptWorkspace(folder, { now: time.now, backups: hourly });
    expect(listDrafts(workspace).map((d) => d.title).sort()).toEqual(['关于备份前写好的通知']);
    expect(notices[0]).toContain(`已从 ${localTime('2024-03-05T02:00:00.000Z')} 的自动备份恢复`);
    workspace.close();
  });

  it('without an intact backup refuses, moves nothing and never starts from empty', () => {
    const folder = tempFolder();
    const { workspace } = openKeptWorkspace(folder, { now: tickingClock(), backups: hourly });
    createDraft(workspace, { document: titled('唯一的一份') });
    workspace.close();
    for (const backup of listBackups(folder)) writeFileSync(backup.file, 'damaged too');
    const file = path.join(folder, workspaceFileName);
    const bad = Buffer.alloc(readFileSync(file).length);
    writeFileSync(file, bad);

    expect(() => openKeptWorkspace(folder, { backups: hourly })).toThrow(/已损坏.*没有改动或删除它[\s\S]*也没有找到完好的自动备份可供恢复/);
    expect(readFileSync(file).equals(bad)).toBe(true);
    expect(readdirSync(folder).filter((name) => name.includes('corrupt'))).toEqual([]);
  });
});

describe('isDamage', () => {
  const damagedBy = (cause: unknown) => new AppError('BAD_DOCUMENT', '工作区数据库已损坏', { cause });
  const sqlite = (code: string) => new Database.SqliteError('x', code);

  it('replaces only a database whose bytes are wrong, never one that is locked or unreadable for a moment', () => {
    expect(isDamage(damagedBy(undefined))).toBe(true);
    expect(isDamage(damagedBy(new Error('*** in database main ***')))).toBe(true);
    expect(isDamage(damagedBy(sqlite('SQLITE_CORRUPT')))).toBe(true);
    expect(isDamage(damagedBy(sqlite('SQLITE_NOTADB')))).toBe(true);
    for (const code of ['SQLITE_BUSY', 'SQLITE_BUSY_RECOVERY', 'SQLITE_LOCKED', 'SQLITE_IOERR_READ', 'SQLITE_PERM']) expect(isDamage(damagedBy(sqlite(code)))).toBe(false);
    expect(isDamage(new AppError('UNSUPPORTED', '更新版本'))).toBe(false);
  });
});

