/**
 * Runs Electronegativity over the desktop shell and the renderer and gates on what it finds,
 * not on its exit code (it exits 0 even with HIGH findings). Sources are staged without test
 * files, whose hostile fixtures are not app code; every finding must match a reviewed entry of
 * the allow-list, every entry must still match a finding, and every file must parse (a file the
 * scanner cannot read is a file it did not check).
 * Usage: npx tsx tools/security/electronegativity.ts
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { withContentSecurityPolicyMeta } from '../../core/app/content-security-policy.ts';
import { reviewedFindings, type ReviewedFinding } from './electronegativity-allowlist.ts';

const root = path.resolve(import.meta.dirname, '../..');
/** What is scanned: the shell and everything the window loads. */
const scannedFolders = ['electron', 'renderer/src', 'renderer/index.html'];
/** Asks GitHub for Electron's release list; the scan runs offline and the version is pinned in package.json. */
const networkChecks = ['availablesecurityfixesglobalcheck'];

export interface Finding {
  rule: string;
  file: string;
  line: number;
  severity: string;
  message: string;
}

export interface ScanResult {
  findings: Finding[];
  /** Files the scanner could not parse, with its message. */
  unreadable: { file: string; message: string }[];
}

/** What the programmatic runner returns (its SARIF file is written without waiting, so it is not read back). */
const runnerResultSchema = z.object({
  errors: z.array(z.object({ file: z.string(), message: z.string(), tolerable: z.boolean() })),
  issues: z.array(
    z.object({
      id: z.string(),
      file: z.string(),
      location: z.object({ line: z.number() }),
      description: z.string(),
      severity: z.object({ name: z.string() }),
    }),
  ),
});

type Runner = (options: Record<string, unknown>) => Promise<unknown>;

function isTestFile(source: string): boolean {
  return /\.test\.tsx?$|\.spec\.tsx?$/.test(source);
}

/** Copies the scanned sources (no tests) into `dir`, keeping their paths relative to the repository; index.html gets its CSP tag as the build writes it. */
export function stageSources(dir: string, from = root): void {
  for (const folder of scannedFolders) {
    cpSync(path.join(from, folder), path.join(dir, folder), { recursive: true, filter: (source) => !isTestFile(source) });
  }
  const html = path.join(dir, 'renderer/index.html');
  writeFileSync(html, withContentSecurityPolicyMeta(readFileSync(html, 'utf8')));
}

/** Scans a staged folder; paths in the result are relative to it, with forward slashes. */
export async function scanFolder(dir: string): Promise<ScanResult> {
  const electronVersion = z.object({ devDependencies: z.object({ electron: z.string() }) }).parse(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))).devDependencies.electron;
  const run = createRequire(import.meta.url)('@doyensec/electronegativity') as Runner;
  const result = runnerResultSchema.parse(
    await run({ input: dir, isRelative: true, excludeFromScan: networkChecks, electronVersionOverride: electronVersion, customScan: [], parserPlugins: [] }),
  );
  const relative = (file: string) => (path.isAbsolute(file) ? path.relative(dir, file) : file).replace(/\\/g, '/');
  return {
    findings: result.issues.map((issue) => ({ rule: issue.id, file: relative(issue.file), line: issue.location.line, severity: issue.severity.name, message: issue.description })),
    unreadable: result.errors.filter((error) => !error.tolerable).map((error) => ({ file: relative(error.file), message: error.message })),
  };
}

export async function scanApp(): Promise<ScanResult> {
  const dir = mkdtempSync(path.join(tmpdir(), 'gongwen-eng-src-'));
  try {
    stageSources(dir);
    return await scanFolder(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const matches = (entry: ReviewedFinding, finding: Finding) => entry.rule === finding.rule && entry.file === finding.file;

/** Findings no reviewed entry explains: each one fails the gate. */
export function unreviewed(findings: readonly Finding[], allowList: readonly ReviewedFinding[] = reviewedFindings): Finding[] {
  return findings.filter((finding) => !allowList.some((entry) => matches(entry, finding)));
}

/** Reviewed entries that no longer match a finding: the code changed, so the entry goes. */
export function stale(findings: readonly Finding[], allowList: readonly ReviewedFinding[] = reviewedFindings): ReviewedFinding[] {
  return allowList.filter((entry) => !findings.some((finding) => matches(entry, finding)));
}

async function main(): Promise<void> {
  const { findings, unreadable } = await scanApp();
  const problems = [
    ...unreadable.map((file) => `无法解析 ${file.file}：${file.message}`),
    ...unreviewed(findings).map((finding) => `未审查的发现 ${finding.rule}（${finding.severity}）：${finding.file}:${finding.line} ${finding.message}`),
    ...stale(findings).map((entry) => `允许清单中已不再出现的条目 ${entry.rule}：${entry.file}（请删除）`),
  ];
  console.log(`Electronegativity：${findings.length} 项发现，${findings.length - unreviewed(findings).length} 项已审查。`);
  for (const problem of problems) console.error(problem);
  process.exitCode = problems.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
