/** What the parse worker sends back: the import, or the parts of a DataImportError (classes do not cross threads). */
import type { DataImportErrorCode, DataLocation } from '../../core/data/data-import-error.ts';
import type { DataImport } from '../../core/data/data-table.ts';

export type WorkerReply = { ok: true; result: DataImport } | { ok: false; code: DataImportErrorCode; location: DataLocation; reason: string; preview?: string };
