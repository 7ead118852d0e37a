/**
 * 定稿: the moment a draft gets its 文号. Allocation, writing the number into the 版头 and the
 * 定稿 snapshot happen in one transaction, so there is never a number without its final text.
 */
import type { VersionMeta } from '../../core/workspace/workspace-records.ts';
import { allocateDocumentNumber, type Allocation, type DocumentNumberEntry } from './document-numbers.ts';
import type { Workspace } from './open-workspace.ts';
import { createVersion } from './versions.ts';
import { inWriteTransaction } from './write-transaction.ts';

export interface Finalised {
  number: DocumentNumberEntry;
  version: VersionMeta;
}

export function finaliseDraft(ws: Workspace, input: Allocation & { versionName?: string }): Finalised {
  const { versionName = '定稿', ...allocation } = input;
  return inWriteTransaction(ws, () => {
    const number = allocateDocumentNumber(ws, allocation);
    const version = createVersion(ws, { draftId: input.draftId, name: versionName, note: `文号 ${number.number}` });
    return { number, version };
  });
}
