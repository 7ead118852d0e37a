/**
 * Template packs: how long the slowest hostile pack takes to be refused, and how much memory
 * reading them costs (the issue: each refused within 2 s using under 200 MB); and reading a
 * sound pack — the built-in templates written as a pack.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { builtinPackContents, builtinPackMeta } from '../host/pack/builtin-as-pack.ts';
import { readPack } from '../host/pack/read-pack.ts';
import { writePack } from '../host/pack/write-pack.ts';
import { builtinPackDir } from '../host/templates/builtin-pack.ts';
import { makeBadPacks } from '../tests/fixtures/packs/make-bad-packs.ts';
import type { Figure } from './figure.ts';

const folder = await mkdtemp(path.join(os.tmpdir(), 'gongwen-bench-packs-'));
const hostile = await Promise.all((await makeBadPacks(folder)).map(async (pack) => ({ ...pack, bytes: await readFile(path.join(folder, pack.file)) })));
const builtin = await writePack(builtinPackMeta('1.0.0', '2026-01-01'), await builtinPackContents(builtinPackDir));

let slowest = { file: '', ms: 0 };
let peakGrowthMb = 0;

async function refuseAll(): Promise<number> {
  let worst = 0;
  for (const pack of hostile) {
    const before = process.memoryUsage();
    const start = performance.now();
    const refused = await readPack(pack.bytes, { fileLabel: pack.file, trusted: [] }).then(
      () => false,
      () => true,
    );
    const ms = performance.now() - start;
    if (!refused) throw new Error(`${pack.file} 未被拒收`);
    const after = process.memoryUsage();
    peakGrowthMb = Math.max(peakGrowthMb, (after.rss - before.rss + after.arrayBuffers - before.arrayBuffers) / 1024 / 1024);
    if (ms > worst) worst = ms;
    if (ms > slowest.ms) slowest = { file: pack.file, ms };
  }
  return worst;
}

const figures: Figure[] = [
  {
    name: `拒收恶意模板包：${hostile.length} 个中最慢的一个`,
    goalMs: 2_000,
    runs: 5,
    selfTimed: true,
    run: refuseAll,
    details: () => `最慢 ${slowest.file} ${slowest.ms.toFixed(1)} ms；单个包读取时内存（RSS + ArrayBuffer）最多增长 ${peakGrowthMb.toFixed(1)} MB`,
  },
  {
    name: `检查内置模板包（${(builtin.length / 1024).toFixed(0)} KB，17 个模板）`,
    runs: 10,
    run: () => readPack(builtin, { fileLabel: '内置模板.gwpack', trusted: [] }),
  },
];

export default figures;
