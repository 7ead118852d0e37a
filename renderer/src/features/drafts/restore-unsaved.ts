/**
 * 恢复 on a journal left by a crash: the typing goes back into the workspace without ever
 * overwriting a save made since. Still at the revision the typing started from → saved over the
 * draft as a new revision; saved elsewhere since → kept beside it as a named version; not stored
 * (or deleted since) → a new draft.
 */
import type { ApiArgs, ApiName, ApiResult } from '../../../../core/api/contract.ts';
import { ApiCallError } from '../../api/call-api.ts';
import { localTime } from '../versions/version-time.ts';
import { planFor, readJournals, removeJournal, type JournalPlan, type JournalStorage, type UnsavedJournal } from './unsaved-journal.ts';

export type CallApi = <N extends ApiName>(name: N, ...args: ApiArgs<N>) => Promise<ApiResult<N>>;

export const keptVersionName = '意外关闭前的修改';

export interface Restored {
  draft: ApiResult<'getDraft'>;
  /** Shown above the editor: what was restored, and where it went. */
  notes: string[];
}

export async function restoreUnsaved(journal: UnsavedJournal, plan: Exclude<JournalPlan, 'nothing'>, call: CallApi): Promise<Restored> {
  const at = localTime(journal.writtenAt);
  const { document, draftId, baseRevision } = journal;
  if (plan === 'newDraft' || !draftId || !baseRevision) {
    const meta = await call('createDraft', { document, templateId: journal.templateId });
    const where = draftId ? '原草稿已不在工作区中，恢复的内容存为一份新草稿。' : '已存入工作区。';
    return { draft: { ...meta, document }, notes: [`已恢复 ${at} 意外关闭前未保存的修改；${where}`] };
  }
  if (plan === 'save') {
    try {
      const meta = await call('saveDraft', { id: draftId, document, expectedRevision: baseRevision });
      return { draft: { ...meta, document }, notes: [`已恢复 ${at} 意外关闭前未保存的修改，并已保存。`] };
    } catch (error) {
      // Saved elsewhere between the offer and the answer: kept beside that save like any other.
      if (!(error instanceof ApiCallError && error.code === 'CONFLICT')) throw error;
    }
  }
  await call('keepVersion', { draftId, name: keptVersionName, note: `${at} 意外关闭前未保存的内容`, document });
  const draft = await call('getDraft', { id: draftId });
  return {
    draft,
    notes: [`这份草稿在意外关闭后又保存过；为不覆盖那次保存，${at} 意外关闭前的修改已另存为版本“${keptVersionName}”，可在“版本”中比较或恢复。`],
  };
}

export interface Offer {
  key: string;
  journal: UnsavedJournal;
  plan: Exclude<JournalPlan, 'nothing'>;
}

/** The draft is not there to compare with: restoring makes a new draft rather than touch it. */
const goneCodes = new Set(['NOT_FOUND', 'BAD_DOCUMENT']);

/**
 * The journals worth offering, newest first: one whose state the workspace already holds (the
 * save went through just before the crash) is removed without asking. One whose draft cannot be
 * asked about now (the host not answering) stays for the next start.
 */
export async function findOffers(storage: JournalStorage, call: CallApi): Promise<{ offers: Offer[]; notices: string[] }> {
  const { found, unreadable } = readJournals(storage);
  const notices = [...unreadable];
  const offers: Offer[] = [];
  for (const { key, journal } of found) {
    let stored: ApiResult<'getDraft'> | null = null;
    try {
      if (journal.draftId) stored = await call('getDraft', { id: journal.draftId });
      // Opening it may have restored it from a version: the writer hears of that here, not when it opens next.
      if (stored?.notice) notices.push(stored.notice);
    } catch (error) {
      if (!(error instanceof ApiCallError && goneCodes.has(error.code))) continue;
    }
    const plan = planFor(journal, stored);
    if (plan === 'nothing') removeJournal(storage, key);
    else offers.push({ key, journal, plan });
  }
  return { offers, notices };
}
