import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBlankDocument } from '../../core/model/document.ts';
import { tempPathFor } from '../files/atomic-write.ts';
import { createDraft, listDrafts } from './drafts.ts';
import { migrations } from './migrations.ts';
import { migrate, openWorkspace, schemaVersion, workspaceFileName } from './open-workspace.ts';

const tempFolder = (): string => mkdtempSync(path.join(os.tmpdir(), 'gongwen-ws-'));

describe('openWorkspace', () => {
  it('creates the database in WAL mode with foreign keys and every migration applied', () => {
    const folder = tempFolder();
    const ws = openWorkspace(path.join(folder, '用户数据'));
    expect(ws.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(ws.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(ws.db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(schemaVersion(ws.db)).toBe(migrations.length);
    ws.close();
  });

  it('reopens an existing workspace without re-running migrations', () => {
    const folder = tempFolder();
    const first = openWorkspace(folder);
    createDraft(first, { document: createBlankDocument('通知') });
    first.close();
    const second = openWorkspace(folder);
    expect(listDrafts(second)).toHaveLength(1);
    expect(schemaVersion(second.db)).toBe(migrations.length);
    second.close();
  });

  it('sweeps the temporary file a killed save left beside the preferences', () => {
    const folder = tempFolder();
    const leftover = tempPathFor(path.join(folder, 'preferences.json'));
    writeFileSync(leftover, '{"fontProf');
    const hourAgo = new Date(Date.now() - 3_600_000);
    utimesSync(leftover, hourAgo, hourAgo);
    openWorkspace(folder).close();
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a schema newer than it knows, in Chinese, and leaves it at that version', () => {
    const folder = tempFolder();
    openWorkspace(folder).close();
    const raw = new Database(path.join(folder, workspaceFileName));
    raw.pragma(`user_version = ${migrations.length + 3}`);
    raw.close();
    expect(() => openWorkspace(folder)).toThrow(/更新版本的公文工作台.*第 \d+ 版/);
    const check = new Database(path.join(folder, workspaceFileName), { readonly: true });
    expect(schemaVersion(check)).toBe(migrations.length + 3);
    check.close();
  });

  it('refuses a file that is not SQLite and leaves its bytes untouched', () => {
    const folder = tempFolder();
    const file = path.join(folder, workspaceFileName);
    const bytes = Buffer.from('这不是数据库，是误放在这里的文本。'.repeat(200));
    writeFileSync(file, bytes);
    expect(() => openWorkspace(folder)).toThrow(/不是 SQLite 数据库文件.*没有改动或删除/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('refuses a truncated database and leaves its bytes untouched', () => {
    const folder = tempFolder();
    const ws = openWorkspace(folder);
    for (let i = 0; i < 200; i++) createDraft(ws, { document: { ...createBlankDocument('通知'), title: `关于第${i}项工作的通知`.repeat(10) } });
    ws.db.pragma('wal_checkpoint(TRUNCATE)');
    ws.close();
    const file = path.join(folder, workspaceFileName);
    const whole = readFileSync(file);
    const cut = whole.subarray(0, Math.floor(whole.length / 2));
    writeFileSync(file, cut);
    expect(() => openWorkspace(folder)).toThrow(/已损坏，无法打开.*没有改动或删除/);
    expect(readFileSync(file).equals(cut)).toBe(true);
  });

  it('explains in Chinese when the folder cannot hold a workspace', () => {
    const file = path.join(tempFolder(), '一个文件');
    writeFileSync(file, '');
    expect(() => openWorkspace(path.join(file, '工作区'))).toThrow(/^无法打开工作区：/);
  });

  it('applies each migration in its own transaction: a failing step leaves the earlier ones and nothing of itself', () => {
    const db = new Database(':memory:');
    const steps = [(d: Database.Database) => d.exec('CREATE TABLE a (x)'), (d: Database.Database) => d.exec('CREATE TABLE b (x); CREATE TABLE a (y)')];
    expect(() => migrate(db, steps)).toThrow(/升级工作区数据结构到第 2 版时失败（.*already exists）.*保持在第 1 版/);
    expect(schemaVersion(db)).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all()).toEqual([{ name: 'a' }]);
    db.close();
  });
});
