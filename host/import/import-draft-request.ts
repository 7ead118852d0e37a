/** The API's 打开草稿 / 粘贴草稿: bytes or pasted text → a structured document, read problems as BAD_DOCUMENT. */
import type { ImportDraftRequest } from '../../core/api/contract.ts';
import { AppError } from '../../core/api/errors.ts';
import { DraftReadError } from './draft-read-error.ts';
import { importDraftBytes, importDraftText, type ImportedDraft } from './import-draft.ts';

export function importDraft(request: ImportDraftRequest): ImportedDraft {
  try {
    return request.content.kind === 'text' ? importDraftText(request.content.text) : importDraftBytes(new Uint8Array(Buffer.from(request.content.base64, 'base64')), request.name);
  } catch (error) {
    if (error instanceof DraftReadError) throw new AppError('BAD_DOCUMENT', error.message);
    throw error;
  }
}
