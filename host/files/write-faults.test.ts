/**
 * Fault injection on every step of the file writes the app makes — settings save, export
 * write, .gwdoc write — through a stand-in for node:fs/promises: ENOSPC, EIO, EPERM, EBUSY at
 * opening the temporary file, writing it, syncing it, renaming it over the target, and syncing
 * the folder; three times then success, and forever. Only the Windows "held by another
 * program" errors on the rename are retried; every other fault gives a Chinese message, the
 * older files stay byte-identical and no temporary file is left behind.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createBlankDocument } from '../../core/model/document.ts';
import { defaultPreferences } from '../../core/api/preferences.ts';
import { createExportRegistry, saveExport } from '../exports.ts';
import { createHomeHandlers } from '../home-handlers.ts';
import { writePreferences } from '../settings/preferences.ts';
import { createDraft } from '../workspace/drafts.ts';
import { openTestWorkspace } from '../workspace/test-workspace.ts';

type Step = 'open' | 'write' | 'sync' | 'rename' | 'syncFolder';

const faults = vi.hoisted(() => {
  const plan = { step: '' as string, code: '', times: 0, hits: 0, injected: 0 };
  const maybeFail = (step: string) => {
    if (plan.step !== step || plan.hits >= plan.times) return;
    plan.hits += 1;
    plan.injected += 1;
    throw Object.assign(new Error(`${plan.code}: injected fault, ${step}`), { code: plan.code });
  };
  return { plan, maybeFail };
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof real.open = async (file, flags, mode) => {
    // atomicWrite opens its temporary file with 'wx' and the folder (to sync it) with 'r'.
    const isFolder = flags === 'r';
    faults.maybeFail(isFolder ? 'syncFolder' : 'open');
    const handle = await real.open(file, flags, mode);
    return new Proxy(handle, {
      get(target, property) {
        if (property === 'writeFile') return async (...args: Parameters<typeof target.writeFile>) => (faults.maybeFail('write'), target.writeFile(...args));
        if (property === 'sync') return async () => (faults.maybeFail(isFolder ? 'syncFolder' : 'sync'), target.sync());
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  const rename: typeof real.rename = async (from, to) => (faults.maybeFail('rename'), real.rename(from, to));
  return { ...real, open, rename, default: { ...real, open, rename } };
});

const steps: Step[] = ['open', 'write', 'sync', 'rename', 'syncFolder'];
const codes = ['ENOSPC', 'EIO', 'EPERM', 'EBUSY'] as const;
const messages: Record<(typeof codes)[number], RegExp> = { ENOSPC: /磁盘空间不足/, EIO: /磁盘读写出错/, EPERM: /文件被占用/, EBUSY: /文件被占用/ };
const cases = steps.flatMap((step) => codes.flatMap((code) => [3, Infinity].map((times) => ({ step, code, times }))));

/** The write ends well when the fault cannot touch what readers see, or when it is a held file that lets go in time. */
const expectSuccess = (step: Step, code: string, times: number) => step === 'syncFolder' || (step === 'rename' && (code === 'EPERM' || code === 'EBUSY') && times === 3);

interface Operation {
  name: string;
  /** Makes the folder with its older files and returns a function that performs the write. */
  prepare(folder: string): Promise<() => Promise<unknown>>;
  /** The file the write should produce, checked when it succeeds. */
  produced(folder: string): Promise<boolean>;
}

const operations: Operation[] = [
  {
    name: '保存设置',
    async prepare(folder) {
      await writeFile(path.join(folder, 'preferences.json'), JSON.stringify(defaultPreferences));
      return () => writePreferences(folder, { ...defaultPreferences, defaultSigners: ['张三'] });
    },
    produced: async (folder) => (await readFile(path.join(folder, 'preferences.json'), 'utf8')).includes('张三'),
  },
  {
    name: '导出 Word',
    async prepare(folder) {
      await writeFile(path.join(folder, '上次导出的通知.docx'), 'earlier export');
      return () => saveExport(new TextEncoder().encode('docx bytes'), '关于年度考核的通知', '.docx', folder, createExportRegistry());
    },
    produced: async (folder) => (await readdir(folder)).includes('关于年度考核的通知.docx'),
  },
  {
    name: '另存为 .gwdoc',
    async prepare(folder) {
      await writeFile(path.join(folder, '上次保存的通知.gwdoc'), 'earlier gwdoc');
      const ws = openTestWorkspace();
      const document = { ...createBlankDocument('通知'), title: '关于防汛值班的通知' };
      const draft = createDraft(ws, { document });
      const handlers = createHomeHandlers({ workspace: () => ws, exportDir: folder, exports: createExportRegistry() });
      return () => handlers.saveGwdoc({ draftId: draft.id, document }).finally(() => ws.close());
    },
    produced: async (folder) => (await readdir(folder)).includes('关于防汛值班的通知.gwdoc'),
  },
];

async function snapshot(folder: string): Promise<Map<string, string>> {
  const names = (await readdir(folder)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, (await readFile(path.join(folder, name))).toString('base64')] as const)));
}

describe.each(operations)('$name under injected file-system faults', (operation) => {
  it.each(cases)('$code at $step, $times times', async ({ step, code, times }) => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'gongwen-faults-'));
    const write = await operation.prepare(folder);
    const before = await snapshot(folder);
    Object.assign(faults.plan, { step, code, times, hits: 0 });
    const outcome = await write().then(
      () => null,
      (error: unknown) => error,
    );
    faults.plan.step = '';
    expect(faults.plan.hits).toBeGreaterThan(0);
    const after = await snapshot(folder);
    expect([...after.keys()].filter((name) => name.endsWith('.tmp'))).toEqual([]);
    if (expectSuccess(step, code, times)) {
      expect(outcome).toBeNull();
      expect(await operation.produced(folder)).toBe(true);
      for (const [name, bytes] of before) if (name !== 'preferences.json') expect(after.get(name)).toBe(bytes);
    } else {
      expect(outcome).toMatchObject({ name: 'AppError', message: expect.stringMatching(messages[code]) });
      expect(after).toEqual(before);
    }
  });
});

afterAll(() => {
  console.info(`文件写入故障注入：${operations.length * cases.length} 种情形，共注入 ${faults.plan.injected} 次故障，无一丢失`);
});
