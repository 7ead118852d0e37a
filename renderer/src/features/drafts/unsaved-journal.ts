/**
 * The journal of typing the workspace has not acknowledged yet: the open draft's newest state,
 * kept in the browser's storage (the same in `gongwen web` and in the desktop window, and it
 * outlives a crashed or reloaded page). A crash loses at most the last second of typing; on the
 * next start each journal left behind is offered back to the writer.
 */
import { GongwenDocumentSchema, type GongwenDocument } from '../../../../core/model/document.ts';
import { stableStringify } from '../../../../core/workspace/stable-stringify.ts';
import { describeIssues, z } from '../../../../core/validation/zod.ts';

/** One entry per editing session, so two windows with two drafts never write over each other. */
export const journalPrefix = 'gongwen.unsaved.';
/** Where an entry that cannot be read is moved: kept for a support person, never offered, never deleted. */
export const unreadablePrefix = 'gongwen.unsaved-unreadable.';

export const UnsavedJournalSchema = z.strictObject({
  format: z.literal(1),
  /** Null while the draft is not stored in the workspace yet (a blank draft on its first change). */
  draftId: z.string().min(1).max(100).nullable(),
  /** The revision the typing started from: a stored draft at another revision was saved since. */
  baseRevision: z.number().int().min(1).nullable(),
  templateId: z.string().max(200).nullable(),
  writtenAt: z.iso.datetime({ offset: true }),
  document: GongwenDocumentSchema,
});
export type UnsavedJournal = z.infer<typeof UnsavedJournalSchema>;

export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export function writeJournal(storage: JournalStorage, key: string, journal: UnsavedJournal): void {
  try {
    storage.setItem(key, JSON.stringify(journal));
  } catch {
    // A full browser storage only costs this safety net; the autosave still writes the workspace.
  }
}

export function removeJournal(storage: JournalStorage, key: string): void {
  storage.removeItem(key);
}

export interface FoundJournal {
  key: string;
  journal: UnsavedJournal;
}

export interface JournalsRead {
  found: FoundJournal[];
  /** One Chinese line per entry that could not be read and was set aside. */
  unreadable: string[];
}

/** Every journal left behind, newest first; an unreadable one is moved aside with a message, never thrown. */
export function readJournals(storage: JournalStorage): JournalsRead {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(journalPrefix)) keys.push(key);
  }
  const found: FoundJournal[] = [];
  const unreadable: string[] = [];
  for (const key of keys) {
    const text = storage.getItem(key) ?? '';
    const problem = parseJournal(text);
    if (typeof problem !== 'string') {
      found.push({ key, journal: problem });
      continue;
    }
    const aside = unreadablePrefix + key.slice(journalPrefix.length);
    writeJournalText(storage, aside, text);
    storage.removeItem(key);
    unreadable.push(`上次意外关闭前留下的一份未保存修改记录无法读取（${problem}），未作恢复；原内容已留存在浏览器存储“${aside}”中。`);
  }
  found.sort((a, b) => b.journal.writtenAt.localeCompare(a.journal.writtenAt));
  return { found, unreadable };
}

/** The journal, or why it cannot be used. */
export function parseJournal(text: string): UnsavedJournal | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return '内容不是完整的 JSON，可能写到一半时被中断';
  }
  const checked = UnsavedJournalSchema.safeParse(value);
  if (checked.success) return checked.data;
  const lines = describeIssues(checked.error).split('\n');
  return lines.slice(0, 3).join('；') + (lines.length > 3 ? `；另有 ${lines.length - 3} 处问题` : '');
}

function writeJournalText(storage: JournalStorage, key: string, text: string): void {
  try {
    storage.setItem(key, text);
  } catch {
    // Not even the bad copy fits: it is dropped, since it could not be read anyway.
  }
}

/**
 * What to do with a journal, given the draft the workspace holds for it now (null: not stored, or
 * since deleted): nothing when the workspace already holds that state; save it over the draft when
 * the draft is still at the revision the typing started from; otherwise keep both.
 */
export type JournalPlan = 'nothing' | 'newDraft' | 'save' | 'keepBeside';

export function planFor(journal: UnsavedJournal, stored: { revision: number; document: GongwenDocument } | null): JournalPlan {
  if (!journal.draftId || !stored) return 'newDraft';
  if (stableStringify(stored.document) === stableStringify(journal.document)) return 'nothing';
  return stored.revision === journal.baseRevision ? 'save' : 'keepBeside';
}
