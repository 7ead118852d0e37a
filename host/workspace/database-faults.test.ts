/**
 * Faults on the database steps of draft save and version save: a disk that is full (the
 * database may not grow), a file that became read-only, and a write lock held by another
 * program for a moment or for good. A lock let go in time is waited out; every other fault
 * gives a Chinese message and leaves the stored draft and its versions exactly as they were,
 * and the same save goes through once the fault is gone.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createBlankDocument, type GongwenDocument } from '../../core/model/document.ts';
import { text } from '../../core/model/inline.ts';
import { createDraft, getDraft, saveDraft } from './drafts.ts';
import { openWorkspace, workspaceFileName, type Workspace } from './open-workspace.ts';
import { openTestWorkspace } from './test-workspace.ts';
import { createVersion, listVersions } from './versions.ts';

const withBody = (paragraphs: number): GongwenDocument => ({
  ...createBlankDocument('通知', '2024-03-05'),
  title: '关于开展专项检查的通知',
  body: Array.from({ length: paragraphs }, (_, i) => ({ type: 'paragraph' as const, content: text(`第${i + 1}段：对照检查，逐项整改，确保问题清仓见底。`.repeat(20)) })),
});

const saves = [
  { name: '草稿保存', run: (ws: Workspace, id: string) => saveDraft(ws, { id, document: withBody(400) }) },
  { name: '版本保存', run: (ws: Workspace, id: string) => createVersion(ws, { draftId: id, name: '送审稿' }) },
];

function stored(ws: Workspace, id: string) {
  return { draft: getDraft(ws, id), versions: listVersions(ws, id) };
}

describe.each(saves)('$name when the database step fails', ({ run }) => {
  it('on a full disk: says so in Chinese, changes nothing, and goes through once there is room', () => {
    const ws = openTestWorkspace();
    const { id } = createDraft(ws, { document: withBody(400) });
    const before = stored(ws, id);
    const pages = ws.db.pragma('page_count', { simple: true }) as number;
    ws.db.pragma(`max_page_count = ${pages}`);
    expect(() => run(ws, id)).toThrow(/^磁盘空间不足，无法写入工作区“.*”；本次操作未执行，已有内容未受影响。$/);
    expect(stored(ws, id)).toEqual(before);
    ws.db.pragma('max_page_count = 1073741823');
    run(ws, id);
    expect(stored(ws, id)).not.toEqual(before);
    ws.close();
  });

  it('on a read-only file: says so in Chinese and changes nothing', () => {
    const ws = openTestWorkspace();
    const { id } = createDraft(ws, { document: withBody(1) });
    const before = stored(ws, id);
    const db = new Database(path.join(ws.folder, workspaceFileName), { readonly: true });
    const readOnly: Workspace = { db, file: ws.file, now: ws.now, close: () => db.close() };
    expect(() => run(readOnly, id)).toThrow(/^写入工作区“.*”失败（SQLITE_READONLY），本次操作未执行。请检查磁盘或文件夹权限。$/);
    readOnly.close();
    expect(stored(ws, id)).toEqual(before);
    ws.close();
  });

  it('while another program holds the write lock for good: 正被另一个窗口或命令行写入, nothing changed; after it lets go, the save works', () => {
    const ws = openTestWorkspace();
    const { id } = createDraft(ws, { document: withBody(1) });
    const before = stored(ws, id);
    const holder = new Database(ws.file);
    holder.exec('BEGIN IMMEDIATE');
    const impatient = openWorkspace(ws.folder, { busyTimeoutMs: 100 });
    expect(() => run(impatient, id)).toThrow(/正被另一个窗口或命令行写入，本次操作未执行，请稍后重试。/);
    holder.exec('COMMIT');
    holder.close();
    expect(stored(ws, id)).toEqual(before);
    run(impatient, id);
    expect(stored(ws, id)).not.toEqual(before);
    impatient.close();
    ws.close();
  });

  it('while another program holds the write lock for a moment: waits and saves', async () => {
    const ws = openTestWorkspace();
    const { id } = createDraft(ws, { document: withBody(1) });
    const before = stored(ws, id);
    const holder = new Worker(
      `const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve('better-sqlite3'))});
       const db = new Database(${JSON.stringify(ws.file)});
       db.exec('BEGIN IMMEDIATE');
       require('node:worker_threads').parentPort.postMessage('locked');
       Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
       db.exec('COMMIT');
       db.close();`,
      { eval: true },
    );
    await new Promise((resolve) => holder.once('message', resolve));
    const started = Date.now();
    run(ws, id);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(stored(ws, id)).not.toEqual(before);
    await holder.terminate();
    ws.close();
  });
});
