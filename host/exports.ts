/** Writes exports (.docx, .pdf, register .xlsx, .gwdoc) into the export folder and remembers them so the UI can reveal them later. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { ExportDocxRequest, ExportResult } from '../core/api/contract.ts';
import { AppError } from '../core/api/errors.ts';
import { writeDocx } from '../core/docx/write-docx.ts';
import { atomicWrite } from './files/atomic-write.ts';
import { safeFileStem } from './files/safe-file-name.ts';
import { uniquePath } from './files/unique-path.ts';
import { describeFileError } from './files/describe-file-error.ts';
import { heldByWord } from './files/word-owner-file.ts';

export interface ExportRegistry {
  remember(file: string): string;
  lookup(exportId: string): string | undefined;
}

export function createExportRegistry(): ExportRegistry {
  const files = new Map<string, string>();
  return {
    remember(file) {
      const id = randomUUID();
      files.set(id, file);
      return id;
    },
    lookup: (id) => files.get(id),
  };
}

export async function exportDocx(request: ExportDocxRequest, exportDir: string, registry: ExportRegistry, options: SaveOptions = {}): Promise<ExportResult> {
  const bytes = await writeDocx(request.document, { fontProfile: request.fontProfile });
  return saveExport(bytes, request.document.title, '.docx', exportDir, registry, { asCopy: request.asCopy, ...options });
}

export interface SaveOptions {
  /** 另存为副本: skip the plain name (标题.docx, the one Word holds) and take 标题（2）.docx or the next free one. */
  asCopy?: boolean;
  /** Injected by tests to play a file held open by Word. */
  write?: (target: string, bytes: Uint8Array) => Promise<void>;
}

/** Word and Excel refuse paths longer than about 255 and 218 characters; a margin below that. */
export const maxOfficePathLength = 240;

/** What Windows answers while Word or WPS holds the file open. */
const lockedCodes = new Set(['EBUSY', 'EPERM']);

/** Writes export bytes under a name made from the title, never replacing an earlier export. */
export async function saveExport(
  bytes: Uint8Array,
  title: string,
  extension: '.docx' | '.pdf' | '.xlsx' | '.gwdoc' | '.gwpack',
  exportDir: string,
  registry: ExportRegistry,
  { asCopy = false, write = atomicWrite }: SaveOptions = {},
): Promise<ExportResult> {
  const stem = safeFileStem(title.replace(/\n/g, ''));
  let target = '';
  try {
    await mkdir(exportDir, { recursive: true });
    target = await uniquePath(exportDir, stem, extension, asCopy ? 2 : 1);
    // Word's owner file outlives a deleted or moved document; Word would later save over ours.
    if (await heldByWord(target)) throw Object.assign(new Error(`Word owner file beside ${target}`), { code: 'EBUSY' });
    await write(target, bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
    if (target && lockedCodes.has(code)) {
      throw new AppError('FILE_BUSY', `文件被占用：“${path.basename(target)}”已在 Word 或 WPS 中打开。请关闭后重试，或另存为副本。`, { cause: error });
    }
    const problem = describeFileError(error, target || exportDir);
    throw new AppError(problem.code, problem.message, { cause: error });
  }
  // Windows counts UTF-16 units, as String.length does.
  const length = target.length;
  const warning =
    length > maxOfficePathLength
      ? `文件路径长 ${length} 个字符，超过 ${maxOfficePathLength} 个字符时 Word、WPS 可能打不开。请把文件移到路径较短的文件夹（如 D:\\公文）后再打开，或缩短标题后重新导出。`
      : undefined;
  return { exportId: registry.remember(target), fileName: path.basename(target), path: target, folder: exportDir, bytes: bytes.length, ...(warning ? { warning } : {}) };
}
