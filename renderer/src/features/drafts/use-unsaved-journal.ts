/**
 * Journals the open draft's unsaved typing for the whole time it is open (see journal-writer.ts).
 * Returns what the autosave calls when the workspace acknowledges a save, and a way to write the
 * journal at once (the desktop shell asks before the window closes or Windows ends the session).
 */
import { useCallback, useEffect, useRef } from 'react';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { browserJournalClock, journalWriter, type JournalWriter } from './journal-writer.ts';
import type { OpenDraft } from './use-autosave.ts';
import { journalPrefix } from './unsaved-journal.ts';

export type Acknowledge = (draftId: string, revision: number, document: GongwenDocument) => void;

export interface UnsavedJournalHandle {
  acknowledged: Acknowledge;
  writeNow: () => void;
}

export function useUnsavedJournal(document: GongwenDocument | null, stored: OpenDraft | null, templateId: string | null): UnsavedJournalHandle {
  const writer = useRef<JournalWriter | null>(null);
  const open = document !== null;

  useEffect(() => {
    if (!document) return;
    const session = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    const current = journalWriter(localStorage, journalPrefix + session, document, templateId, browserJournalClock);
    writer.current = current;
    const leaving = () => current.flush();
    window.addEventListener('pagehide', leaving);
    return () => {
      window.removeEventListener('pagehide', leaving);
      current.flush();
      writer.current = null;
    };
  }, [open]);

  useEffect(() => {
    if (document) writer.current?.changed(document);
  }, [document]);

  useEffect(() => {
    if (stored) writer.current?.acknowledged(stored.id, stored.revision, stored.document);
  }, [stored]);

  const acknowledged = useCallback<Acknowledge>((draftId, revision, saved) => writer.current?.acknowledged(draftId, revision, saved), []);
  const writeNow = useCallback(() => writer.current?.flush(), []);
  return { acknowledged, writeNow };
}
