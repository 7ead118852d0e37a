/**
 * .docx → PDF with LibreOffice headless, for the batch's combined print file. Each conversion
 * gets its own profile folder: a second soffice on a busy profile hands its job to the first and
 * exits, and its PDF never appears (research/docx-poc.md, gotcha 11). The PDF is made in a
 * temporary folder and then written atomically, so a cancelled or failed run leaves nothing half-written.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppError } from '../../core/api/errors.ts';
import { atomicWrite } from '../files/atomic-write.ts';
import { describeFileError } from '../files/describe-file-error.ts';

const programNames = process.platform === 'win32' ? ['soffice.exe'] : ['soffice', 'libreoffice'];
const windowsInstalls = ['C:\\Program Files\\LibreOffice\\program\\soffice.exe', 'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe'];

export const sofficeMissing =
  '未找到 LibreOffice（soffice），不能生成合并 PDF。请安装 LibreOffice，或设置环境变量 GONGWEN_SOFFICE 指向 soffice 程序；通知书和合并打印的 Word 文件不受影响。';

async function executable(file: string): Promise<boolean> {
  try {
    await access(file, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The soffice program: GONGWEN_SOFFICE, else the first on PATH, else LibreOffice's usual Windows folder; null when there is none. */
export async function findSoffice(env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  const named = env.GONGWEN_SOFFICE?.trim();
  if (named) return (await executable(named)) ? named : null;
  const folders = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const candidates = [...folders.flatMap((folder) => programNames.map((name) => path.join(folder, name))), ...(process.platform === 'win32' ? windowsInstalls : [])];
  for (const candidate of candidates) if (await executable(candidate)) return candidate;
  return null;
}

export interface PdfOptions {
  soffice: string;
  signal?: AbortSignal;
  /** Start-up takes a few seconds; a 200-notice file about a minute more. */
  timeoutMs?: number;
}

/**
 * soffice hands the work to a child (oosplash → soffice.bin): it runs in its own process group so
 * 取消 or a timeout stops the whole group, not only the launcher.
 */
function run(program: string, args: readonly string[], options: PdfOptions, subject: string): Promise<void> {
  // A listener added to a signal already aborted never runs: a cancel that came first must not start LibreOffice.
  if (options.signal?.aborted) return Promise.reject(new AppError('BAD_ARGUMENTS', '已取消生成合并 PDF。'));
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { detached: process.platform !== 'win32', stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, SAL_USE_VCLPLUGIN: 'svp' } });
    let stderr = '';
    let timedOut = false;
    const stop = () => {
      try {
        if (process.platform !== 'win32' && child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const timer = setTimeout(() => {
      timedOut = true;
      stop();
    }, options.timeoutMs ?? 600_000);
    options.signal?.addEventListener('abort', stop, { once: true });
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4_000) stderr += chunk.toString('utf8');
    });
    const finish = (error: AppError | null) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', stop);
      if (error) reject(error);
      else resolve();
    };
    child.once('error', (error: NodeJS.ErrnoException) =>
      finish(error.code === 'ENOENT' ? new AppError('UNSUPPORTED', sofficeMissing) : new AppError('IO_ERROR', `无法启动 LibreOffice：${error.message}`)),
    );
    child.once('close', (code) => {
      if (options.signal?.aborted) return finish(new AppError('BAD_ARGUMENTS', '已取消生成合并 PDF。'));
      if (timedOut) return finish(new AppError('IO_ERROR', `LibreOffice 转换“${subject}”超时，已终止；未生成 PDF。`));
      if (code !== 0) return finish(new AppError('IO_ERROR', `LibreOffice 转换“${subject}”失败：${stderr.trim().slice(0, 500) || `退出码 ${String(code)}`}；未生成 PDF。`));
      finish(null);
    });
  });
}

/** Converts one .docx into `target` (.pdf), replacing nothing until the PDF is complete. */
export async function docxToPdf(docx: string, target: string, options: PdfOptions): Promise<void> {
  const work = await mkdtemp(path.join(tmpdir(), 'gongwen-pdf-'));
  const subject = path.basename(docx);
  try {
    const profile = path.join(work, 'profile');
    const outDir = path.join(work, 'out');
    await run(
      options.soffice,
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nolockcheck', '--convert-to', 'pdf', '--outdir', outDir, docx],
      options,
      subject,
    );
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(outDir, subject.replace(/\.docx$/i, '.pdf')));
    } catch {
      throw new AppError('IO_ERROR', `LibreOffice 没有为“${subject}”生成 PDF：文件可能已损坏。`);
    }
    if (bytes.length === 0) throw new AppError('IO_ERROR', `LibreOffice 为“${subject}”生成的 PDF 是空的。`);
    try {
      await atomicWrite(target, bytes);
    } catch (error) {
      throw new AppError('IO_ERROR', describeFileError(error, target).message);
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
