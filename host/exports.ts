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

export async function exportDocx(request: ExportDocxRequest, exportDir: string, registry: ExportRegistry): Promise<ExportResult> {
  const bytes = await writeDocx(request.document, { fontProfile: request.fontProfile });
  return saveExport(bytes, request.document.title, '.docx', exportDir, registry);
}

/** Writes export bytes under a name made from the title, never replacing an earlier export. */
export async function saveExport(bytes: Uint8Array, title: string, extension: '.docx' | '.pdf' | '.xlsx' | '.gwdoc', exportDir: string, registry: ExportRegistry): Promise<ExportResult> {
  const stem = safeFileStem(title.replace(/\n/g, ''));
  let target = '';
  try {
    await mkdir(exportDir, { recursive: true });
    target = await uniquePath(exportDir, stem, extension);
    await atomicWrite(target, bytes);
  } catch (error) {
    const problem = describeFileError(error, target || exportDir);
    throw new AppError(problem.code, problem.message, { cause: error });
  }
  return { exportId: registry.remember(target), fileName: path.basename(target), path: target, folder: exportDir, bytes: bytes.length };
}
