/**
 * Nothing acknowledged is lost when the app is killed: a child process autosaves drafts, takes
 * named versions and saves preferences through the host code and is killed with SIGKILL at random moments, 200 times.
 * After each kill the workspace must open without needing a backup, pass integrity_check,
 * hold for every draft the last acknowledged save or a later one, and have no temporary file left.
 * The kill delays come from a printed seed; GONGWEN_CRASH_SEED=<seed> replays them.
 */
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { isAtomicWriteTemp } from '../files/atomic-write.ts';
import { readPreferences, writePreferences } from '../settings/preferences.ts';
import { autosaveDocument, autosavePreferences, preferencesNumberOf, saveNumberOf, versionName, versionNumberOf } from './autosave-crash-documents.ts';
import { createDraft, getDraft, listDrafts } from './drafts.ts';
import { openKeptWorkspace } from './open-kept-workspace.ts';
import { openWorkspace } from './open-workspace.ts';
import { getVersion, listVersions } from './versions.ts';
import { backupsFolderName } from './workspace-backups.ts';

const kills = 200;
const lanes = 4;

/**
 * The child is bundled once (esbuild, which tsx itself runs on) so each of the 200 starts costs
 * a plain `node` start instead of compiling the host code again; the native driver stays outside.
 */
async function bundleChild(): Promise<string> {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'gongwen-crash-child-')), 'autosave-crash.child.mjs');
  const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  await build({
    entryPoints: [fileURLToPath(new URL('./autosave-crash.child.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: out,
    logLevel: 'error',
    plugins: [{ name: 'native-driver', setup: (b) => b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: sqlite, external: true })) }],
  });
  return out;
}

/** mulberry32: small, seedable, good enough to spread kill moments. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Saves {
  acked: Map<string, number>;
  /** Every save begun, per draft: one killed after its commit but before its ack is a legitimate "later one". */
  tried: Map<string, Set<number>>;
  /** Named versions are added, not replaced: every acknowledged one must be there. */
  versionsAcked: Set<number>;
  next: number;
}

interface Tally {
  midSave: number;
  versions: number;
  tempsSwept: number;
  saves: number;
}

/** Runs the child until a random moment, kills it, and returns once it is gone. */
async function runAndKill(child: string, folder: string, saves: Saves, draw: () => number, tally: Tally): Promise<void> {
  const proc = spawn(process.execPath, [child, folder, String(saves.next)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = once(proc, 'close');
  let ready: () => void = () => undefined;
  const isReady = new Promise<void>((resolve) => (ready = resolve));
  let lastKind = '';
  createInterface({ input: proc.stdout }).on('line', (line) => {
    if (line === 'ready') return ready();
    const [kind = '', what = '', n = '0'] = line.split(' ');
    lastKind = kind;
    if (kind === 'ack' && what === 'version') saves.versionsAcked.add(Number(n));
    if (kind === 'ack') saves.acked.set(what, Number(n));
    else saves.tried.set(what, (saves.tried.get(what) ?? new Set([0])).add(Number(n)));
    saves.next = Math.max(saves.next, Number(n) + 1);
  });
  // One kill in eight lands anywhere in start-up (loading, opening, sweeping); the rest while saving.
  if (draw() < 0.125) await new Promise((resolve) => setTimeout(resolve, draw() * 400));
  else {
    await Promise.race([isReady, exited]);
    await new Promise((resolve) => setTimeout(resolve, draw() * 60));
  }
  const alive = proc.exitCode === null && proc.signalCode === null;
  proc.kill('SIGKILL');
  const [code, signal] = await exited;
  if (!alive || signal !== 'SIGKILL') throw new Error(`保存进程自行退出（${String(code)}）：${stderr}`);
  if (lastKind === 'try') tally.midSave += 1;
}

/** Temporary files of atomic writes (preferences) and of backups (VACUUM INTO). */
function leftovers(folder: string): string[] {
  const backups = path.join(folder, backupsFolderName);
  return [...readdirSync(folder), ...(existsSync(backups) ? readdirSync(backups) : [])].filter(isAtomicWriteTemp);
}

function expectAckedOrLater(subject: string, stored: number, saves: Saves, key: string): void {
  const acked = saves.acked.get(key) ?? 0;
  const tried = saves.tried.get(key) ?? new Set([0]);
  expect(stored >= acked && tried.has(stored), `${subject}：存的是第 ${stored} 次保存，已确认第 ${acked} 次，开始过 ${[...tried].join('、')} 次`).toBe(true);
}

async function checkAfterKill(folder: string, saves: Saves, draftIds: string[], tally: Tally): Promise<void> {
  tally.tempsSwept += leftovers(folder).length;
  const kept = openKeptWorkspace(folder, { sweepTempOlderThanMs: 0, backups: { everyMs: Number.POSITIVE_INFINITY, keep: 3 } });
  const ws = kept.workspace;
  try {
    // Nothing had to be restored from a backup: the database itself came through.
    expect(kept.notices).toEqual([]);
    expect(ws.db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(listDrafts(ws).map((d) => d.id).sort()).toEqual([...draftIds].sort());
    for (const id of draftIds) {
      const stored = getDraft(ws, id).document;
      const n = saveNumberOf(stored);
      expectAckedOrLater(`草稿 ${id}`, n, saves, id);
      expect(stored).toEqual(autosaveDocument(n));
    }
    const versions = draftIds.flatMap((id) => listVersions(ws, id));
    const present = new Set(versions.map((v) => versionNumberOf(v.name)));
    for (const n of saves.versionsAcked) expect(present.has(n), `已确认的版本“${versionName(n)}”不见了`).toBe(true);
    for (const version of versions) {
      const n = versionNumberOf(version.name);
      expect(saves.tried.get('version')?.has(n), `版本“${version.name}”从未开始保存`).toBe(true);
      expect(getVersion(ws, version.id).document).toEqual(autosaveDocument(n));
    }
    const prefs = preferencesNumberOf(await readPreferences(folder));
    expectAckedOrLater('设置', prefs, saves, 'preferences');
    expect(leftovers(folder)).toEqual([]);
  } finally {
    ws.close();
  }
}

async function lane(child: string, seed: number, rounds: number, tally: Tally): Promise<void> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'gongwen-crash-'));
  const ws = openWorkspace(folder);
  const draftIds = Array.from({ length: 3 }, () => createDraft(ws, { document: autosaveDocument(0) }).id);
  ws.close();
  await writePreferences(folder, autosavePreferences(0));
  const saves: Saves = { acked: new Map(), tried: new Map(), versionsAcked: new Set(), next: 1 };
  const draw = random(seed);
  for (let round = 0; round < rounds; round++) {
    await runAndKill(child, folder, saves, draw, tally);
    await checkAfterKill(folder, saves, draftIds, tally);
  }
  tally.saves += saves.next - 1;
  tally.versions += saves.versionsAcked.size;
}

describe('autosave under SIGKILL', () => {
  let child = '';
  beforeAll(async () => {
    child = await bundleChild();
  });

  it(`keeps every acknowledged save through ${kills} kills`, async () => {
    const seed = Number(process.env.GONGWEN_CRASH_SEED ?? randomInt(2 ** 31));
    console.info(`SIGKILL 测试种子 ${seed}；重现：GONGWEN_CRASH_SEED=${seed} npx vitest run host/workspace/autosave-crash.test.ts`);
    const tally: Tally = { midSave: 0, versions: 0, tempsSwept: 0, saves: 0 };
    await Promise.all(Array.from({ length: lanes }, (_, i) => lane(child, seed + i, kills / lanes, tally)));
    console.info(`SIGKILL ${kills} 次：开始保存 ${tally.saves} 次（确认版本 ${tally.versions} 个），${tally.midSave} 次杀在保存途中，清理临时文件 ${tally.tempsSwept} 个，无一丢失`);
    // Non-vacuity: kills really landed inside saves and inside atomic writes.
    expect(tally.midSave).toBeGreaterThan(kills / 4);
    expect(tally.tempsSwept).toBeGreaterThan(0);
    expect(tally.versions).toBeGreaterThan(0);
  }, 150_000);
});
