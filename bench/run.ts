/**
 * `npm run bench`: runs every figure in bench/*.bench.ts several times, prints min/median/max
 * (and the ratio to a compared tool), and rewrites docs/benchmarks.md with the table, the
 * machine and the date. Exits 1 when a median misses its goal.
 */
import { readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { summarise, type Figure, type Sample } from './figure.ts';

const here = import.meta.dirname;

interface Row {
  figure: Figure;
  ours: Sample;
  theirs?: Sample;
  /** The machine's 1-minute load average before and after the figure: on a shared machine it says how far to trust the times. */
  load: [number, number];
}

async function time(run: () => unknown, selfTimed = false): Promise<number> {
  const start = performance.now();
  const reported = await run();
  if (!selfTimed) return performance.now() - start;
  if (typeof reported !== 'number' || !Number.isFinite(reported)) throw new Error('自计时的基准项没有返回毫秒数');
  return reported;
}

async function measure(figure: Figure): Promise<Row> {
  const loadBefore = os.loadavg()[0]!;
  const runs = figure.runs ?? 10;
  for (let i = 0; i < (figure.warmup ?? 2); i++) {
    await time(figure.run, figure.selfTimed);
    await figure.compareWith?.run();
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push(await time(figure.run, figure.selfTimed));
    if (figure.compareWith) theirs.push(await time(figure.compareWith.run));
  }
  return { figure, ours: summarise(ours), theirs: figure.compareWith ? summarise(theirs) : undefined, load: [loadBefore, os.loadavg()[0]!] };
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);

function tableOf(rows: Row[]): string {
  const lines = ['| 指标 | 次数 | 最小 ms | 中位 ms | 最大 ms | 目标（中位） | 对比 | 分布 | 负载（前→后） |', '|---|---|---|---|---|---|---|---|---|'];
  for (const { figure, ours, theirs, load } of rows) {
    const goal = figure.goalMs === undefined ? '—' : `≤ ${figure.goalMs} ms ${ours.median <= figure.goalMs ? '✓' : '✗'}`;
    const compared = theirs && figure.compareWith ? `${figure.compareWith.name} 中位 ${ms(theirs.median)} ms；本项目/对方 = ${(ours.median / theirs.median).toFixed(2)}` : '—';
    lines.push(
      `| ${figure.name} | ${figure.runs ?? 10} | ${ms(ours.min)} | ${ms(ours.median)} | ${ms(ours.max)} | ${goal} | ${compared} | ${figure.details?.() ?? '—'} | ${loadOf(load)} |`,
    );
  }
  return lines.join('\n');
}

const loadOf = ([before, after]: [number, number]) => `${before.toFixed(2)} → ${after.toFixed(2)}`;

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? '未知处理器';
  return `${os.type()} ${os.release()}，${cpu} × ${os.cpus().length}，内存 ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB，Node ${process.version}`;
}

// `npm run bench -- ui` runs only the matching files and leaves docs/benchmarks.md alone.
const only = process.argv.slice(2);
const files = (await readdir(here)).filter((name) => name.endsWith('.bench.ts') && (only.length === 0 || only.some((part) => name.includes(part)))).sort();
const rows: Row[] = [];
for (const file of files) {
  const module = (await import(pathToFileURL(path.join(here, file)).href)) as { default: Figure[]; finish?: () => Promise<void> };
  try {
    for (const figure of module.default) {
      const row = await measure(figure);
      rows.push(row);
      const details = figure.details ? `；${figure.details()}` : '';
      console.log(`${figure.name}: 中位 ${ms(row.ours.median)} ms（最小 ${ms(row.ours.min)}，最大 ${ms(row.ours.max)}${details}；负载 ${loadOf(row.load)}）`);
    }
  } finally {
    await module.finish?.();
  }
}

const table = tableOf(rows);
console.log(`\n${table}`);
const report = `# 性能基准

由 \`npm run bench\` 生成，请勿手工编辑。每项先预热，再运行多次，取最小、中位和最大值；对比项在同一进程中交替运行。负载是该项开始和结束时机器的 1 分钟平均负载（\`os.loadavg()\`，共 ${os.cpus().length} 核），负载高时各项时间偏长。

- 日期：${new Date().toISOString().slice(0, 10)}
- 机器：${machine()}

${table}
`;
if (only.length === 0) await writeFile(path.join(here, '../docs/benchmarks.md'), report);
process.exitCode = rows.some((row) => row.figure.goalMs !== undefined && row.ours.median > row.figure.goalMs) ? 1 : 0;
