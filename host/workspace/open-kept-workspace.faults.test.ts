import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createBlankDocument } from '../../core/model/document.ts';
import { createDraft } from './drafts.ts';
import { openKeptWorkspace } from './open-kept-workspace.ts';
import { workspaceFileName } from './open-workspace.ts';

const fault = vi.hoisted(() => ({ on: false }));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  // The restored copy is written through a temporary file beside workspace.sqlite: the disk is full just then.
  const openSync = ((file: string, flags: string, ...rest: unknown[]) => {
    if (fault.on && flags === 'wx' && path.basename(String(file)).startsWith(`.${workspaceFileName}.`)) {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    }
    return (real.openSync as (...a: unknown[]) => number)(file, flags, ...rest);
  }) as typeof real.openSync;
  return { ...real, openSync, default: { ...real, openSync } };
});

describe('a restore that cannot finish', () => {
  it('puts the damaged file back, so the next start does not take it for a new, empty workspace', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'gongwen-kept-'));
    const { workspace } = openKeptWorkspace(folder);
    createDraft(workspace, { document: { ...createBlankDocument('通知'), title: '关于备份中的通知' } });
    workspace.close();
    const file = path.join(folder, workspaceFileName);
    const bad = Buffer.alloc(readFileSync(file).length);
    writeFileSync(file, bad);

    fault.on = true;
    expect(() => openKeptWorkspace(folder)).toThrow(/已损坏[\s\S]*从自动备份恢复时失败：磁盘空间不足/);
    fault.on = false;
    expect(readFileSync(file).equals(bad)).toBe(true);
    expect(readdirSync(folder).filter((name) => name.includes('corrupt'))).toEqual([]);
  });
});
