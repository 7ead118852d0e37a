/**
 * Keeps one editing session's journal entry in step with the draft: each change is written
 * within `journalDelayMs` (several keystrokes fold into one write, so typing is not slowed by
 * serialising the document on every key), and the entry is removed once the workspace has
 * acknowledged the newest state. A save of an older state only moves the entry's base revision on.
 */
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { removeJournal, writeJournal, type JournalStorage } from './unsaved-journal.ts';

/** With the frame the body takes to hand typing to the draft, a crash loses at most about a second. */
export const journalDelayMs = 500;

export interface JournalClock {
  now(): string;
  /** Runs `write` within `journalDelayMs`; returns a cancel function. */
  later(write: () => void): () => void;
}

export interface JournalWriter {
  /** The editor's document changed (typing, a field, an undo). */
  changed(document: GongwenDocument): void;
  /** The workspace holds `document` at `revision` for draft `draftId`: created, saved, reloaded. */
  acknowledged(draftId: string, revision: number, document: GongwenDocument): void;
  /** Brought up to date now, when the draft closes or the page goes away: a saved state takes the entry with it, typing never saved stays for the next start. */
  flush(): void;
}

export function journalWriter(storage: JournalStorage, key: string, opened: GongwenDocument, templateId: string | null, clock: JournalClock): JournalWriter {
  let latest = opened;
  let acked = opened;
  let draftId: string | null = null;
  let baseRevision: number | null = null;
  let cancel: (() => void) | null = null;

  const write = () => {
    cancel = null;
    if (latest === acked) removeJournal(storage, key);
    else writeJournal(storage, key, { format: 1, draftId, baseRevision, templateId, writtenAt: clock.now(), document: latest });
  };
  const schedule = () => {
    cancel ??= clock.later(write);
  };

  return {
    changed(document) {
      latest = document;
      if (document !== acked) schedule();
    },
    acknowledged(id, revision, document) {
      draftId = id;
      baseRevision = revision;
      acked = document;
      if (latest !== acked) {
        schedule();
        return;
      }
      cancel?.();
      cancel = null;
      removeJournal(storage, key);
    },
    flush() {
      cancel?.();
      write();
    },
  };
}

/** The browser's clock: a timer, then an idle moment (at most a few hundred ms later) for the write itself. */
export const browserJournalClock: JournalClock = {
  now: () => new Date().toISOString(),
  later(write) {
    let idle = 0;
    const timer = setTimeout(() => {
      idle = requestIdleCallback(write, { timeout: journalDelayMs / 2 });
    }, journalDelayMs / 2);
    return () => {
      clearTimeout(timer);
      cancelIdleCallback(idle);
    };
  },
};
