/**
 * .docx → PDF with LibreOffice headless. Each call gets its own profile directory: a second
 * soffice on a busy profile hands its job to the first and exits, and its PDF never appears
 * (research/docx-poc.md, gotcha 11). Many files go into one call because start-up dominates.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runTool } from './run-tool.ts';

export const renderFontsConf = resolve(import.meta.dirname, 'fonts.conf');

export interface ConvertOptions {
  outDir: string;
  /** Per call; a 100-page document takes about 1.5 s, start-up about 1 s. */
  timeoutMs?: number;
  sofficePath?: string;
}

/** Converts the files in one soffice process and returns the PDF paths in the same order. */
export async function convertBatch(docxPaths: readonly string[], options: ConvertOptions): Promise<string[]> {
  if (docxPaths.length === 0) return [];
  if (!existsSync(renderFontsConf)) throw new Error(`缺少字体配置文件 ${renderFontsConf}`);
  const profile = mkdtempSync(join(tmpdir(), 'gongwen-soffice-'));
  const subject = docxPaths.map((p) => basename(p)).join('、');
  try {
    await runTool(
      options.sofficePath ?? 'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', options.outDir, ...docxPaths],
      { timeoutMs: options.timeoutMs ?? 60_000 + 5_000 * docxPaths.length, subject, env: { ...process.env, FONTCONFIG_FILE: renderFontsConf, SAL_USE_VCLPLUGIN: 'svp' } },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return docxPaths.map((docx) => {
    const pdf = join(options.outDir, basename(docx).replace(/\.docx$/i, '.pdf'));
    if (!existsSync(pdf) || statSync(pdf).size === 0) throw new Error(`LibreOffice 没有为 ${basename(docx)} 生成 PDF（${pdf}）：文件可能已损坏，或 soffice 把任务交给了另一个进程`);
    return pdf;
  });
}

/** Splits the files into `workers` batches converted side by side, each with its own profile. */
export async function convertAll(docxPaths: readonly string[], options: ConvertOptions & { workers?: number }): Promise<string[]> {
  const workers = Math.max(1, Math.min(options.workers ?? 2, docxPaths.length));
  const batches: string[][] = Array.from({ length: workers }, () => []);
  docxPaths.forEach((path, index) => batches[index % workers]?.push(path));
  const results = await Promise.all(batches.map((batch) => convertBatch(batch, options)));
  const byDocx = new Map<string, string>();
  batches.forEach((batch, b) => batch.forEach((docx, i) => byDocx.set(docx, results[b]?.[i] ?? '')));
  return docxPaths.map((docx) => byDocx.get(docx) ?? '');
}

/** Opens a .docx in LibreOffice and saves it again as .docx into `outDir`, as a user who edits there would; returns the new file's path. */
export function resaveDocx(docxPath: string, outDir: string, timeoutMs = 60_000): Promise<string> {
  return convertOne(docxPath, outDir, 'docx:MS Word 2007 XML', '.docx', timeoutMs);
}

/** The document's text as LibreOffice reads it, saved as UTF-8 plain text into `outDir`; returns the file's path. */
export function saveAsText(docxPath: string, outDir: string, timeoutMs = 60_000): Promise<string> {
  return convertOne(docxPath, outDir, 'txt:Text (encoded):UTF8', '.txt', timeoutMs);
}

async function convertOne(docxPath: string, outDir: string, filter: string, extension: string, timeoutMs: number): Promise<string> {
  const profile = mkdtempSync(join(tmpdir(), 'gongwen-soffice-'));
  try {
    await runTool('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', filter, '--outdir', outDir, docxPath], {
      timeoutMs,
      subject: basename(docxPath),
      env: { ...process.env, FONTCONFIG_FILE: renderFontsConf, SAL_USE_VCLPLUGIN: 'svp' },
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const saved = join(outDir, basename(docxPath).replace(/\.docx$/i, extension));
  if (!existsSync(saved) || statSync(saved).size === 0) throw new Error(`LibreOffice 没有把 ${basename(docxPath)} 存为 ${extension}（${saved}）`);
  return saved;
}
