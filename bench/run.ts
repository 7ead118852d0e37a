/**
 * `npm run bench`: runs every figure in bench/*.bench.ts several times, prints min/median/max
 * (and the ratio to a compared tool), and rewrites docs/benchmarks.md with the table, the
 * machine and the date. Exits 1 when a median misses its goal.
 *
 * Each bench file runs in a process of its own, so no figure pays for the leftovers of the files
 * before it (a heap grown by 100 000-row ledgers, batch threads kept warm) and a file measures the
 * same whether run alone (`npm run bench -- ui`) or in the full run.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { summarise, type Figure, type Sample } from './figure.ts';

const here = import.meta.dirname;

const sampleSchema = z.object({ min: z.number(), median: z.number(), max: z.number() });

/** One figure's outcome, as a child process hands it back. */
const rowSchema = z.object({
  name: z.string(),
  runs: z.number(),
  goalMs: z.number().optional(),
  ours: sampleSchema,
  theirs: z.object({ name: z.string(), sample: sampleSchema }).optional(),
  details: z.string().optional(),
  /** The machine's 1-minute load average before and after the figure: on a shared machine it says how far to trust the times. */
  load: z.tuple([z.number(), z.number()]),
});
type Row = z.infer<typeof rowSchema>;

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
  return {
    name: figure.name,
    runs,
    goalMs: figure.goalMs,
    ours: summarise(ours),
    theirs: figure.compareWith ? { name: figure.compareWith.name, sample: summarise(theirs) } : undefined,
    details: figure.details?.(),
    load: [loadBefore, os.loadavg()[0]!],
  };
}

const ms = (value: number) => value.toFixed(value < 10 ? 2 : 1);

function tableOf(rows: Row[]): string {
  const lines = ['| 指标 | 次数 | 最小 ms | 中位 ms | 最大 ms | 目标（中位） | 对比 | 分布 | 负载（前→后） |', '|---|---|---|---|---|---|---|---|---|'];
  for (const { name, runs, goalMs, ours, theirs, details, load } of rows) {
    const goal = goalMs === undefined ? '—' : `≤ ${goalMs} ms ${ours.median <= goalMs ? '✓' : '✗'}`;
    const compared = theirs ? `${theirs.name} 中位 ${ms(theirs.sample.median)} ms；本项目/对方 = ${(ours.median / theirs.sample.median).toFixed(2)}` : '—';
    lines.push(`| ${name} | ${runs} | ${ms(ours.min)} | ${ms(ours.median)} | ${ms(ours.max)} | ${goal} | ${compared} | ${details ?? '—'} | ${loadOf(load)} |`);
  }
  return lines.join('\n');
}

const loadOf = ([before, after]: [number, number]) => `${before.toFixed(2)} → ${after.toFixed(2)}`;

function machine(): string {
  const cpu = os.cpus()[0]?.model ?? '未知处理器';
  return `${os.type()} ${os.release()}，${cpu} × ${os.cpus().length}，内存 ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB，Node ${process.version}`;
}

/** Measures one bench file's figures in this process and writes their rows to `out`. */
async function measureFile(file: string, out: string): Promise<void> {
  const module = (await import(pathToFileURL(path.join(here, file)).href)) as { default: Figure[]; finish?: () => Promise<void> };
  const rows: Row[] = [];
  try {
    for (const figure of module.default) {
      const row = await measure(figure);
      rows.push(row);
      console.log(`${row.name}: 中位 ${ms(row.ours.median)} ms（最小 ${ms(row.ours.min)}，最大 ${ms(row.ours.max)}${row.details ? `；${row.details}` : ''}；负载 ${loadOf(row.load)}）`);
    }
  } finally {
    await module.finish?.();
  }
  await writeFile(out, JSON.stringify(rows));
}

/** Runs `file` in a fresh process (the same Node and loader as this one) and reads back its rows. */
async function measureApart(file: string, scratch: string): Promise<Row[]> {
  const out = path.join(scratch, `${file}.json`);
  const child = execFile(process.execPath, [...process.execArgv, import.meta.filename, '--file', file, '--out', out], { maxBuffer: 64 * 1024 * 1024 });
  child.stdout?.pipe(process.stdout);
  child.stderr?.pipe(process.stderr);
  await new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`基准文件 ${file} 运行失败（退出代码 ${code}）`))));
  });
  return z.array(rowSchema).parse(JSON.parse(await readFile(out, 'utf8')));
}

const args = process.argv.slice(2);
const fileAt = args.indexOf('--file');
if (fileAt !== -1) {
  await measureFile(args[fileAt + 1]!, args[args.indexOf('--out') + 1]!);
  process.exit(0);
}

// `npm run bench -- ui` runs only the matching files and leaves docs/benchmarks.md alone.
const only = args;
const files = (await readdir(here)).filter((name) => name.endsWith('.bench.ts') && (only.length === 0 || only.some((part) => name.includes(part)))).sort();
const scratch = await mkdtemp(path.join(os.tmpdir(), 'gongwen-bench-'));
const rows: Row[] = [];
try {
  for (const file of files) rows.push(...(await measureApart(file, scratch)));
} finally {
  await rm(scratch, { recursive: true, force: true });
}

const table = tableOf(rows);
console.log(`\n${table}`);
const report = `# 性能基准

由 \`npm run bench\` 生成，请勿手工编辑。每个基准文件在单独的进程中运行；每项先预热，再运行多次，取最小、中位和最大值；对比项在同一进程中交替运行。负载是该项开始和结束时机器的 1 分钟平均负载（\`os.loadavg()\`，共 ${os.cpus().length} 核），负载高时各项时间偏长。

- 日期：${new Date().toISOString().slice(0, 10)}
- 机器：${machine()}

${table}
`;
if (only.length === 0) await writeFile(path.join(here, '../docs/benchmarks.md'), report);
process.exitCode = rows.some((row) => row.goalMs !== undefined && row.ours.median > row.goalMs) ? 1 : 0;
