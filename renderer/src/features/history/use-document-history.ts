/**
 * The editor screen's undo/redo of the whole draft: every change is recorded as a snapshot
 * (typing bursts merged per field), and Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z step through them
 * wherever the focus is, except inside the body editor and other places that keep their own
 * undo (marked `data-own-undo`).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { canRedo, canUndo, operationKind, recordChange, redo, startHistory, undo, type HistoryStack } from './history-stack.ts';
import { changedParts } from './changed-parts.ts';

export interface DocumentHistory {
  /** A change typed by the writer; merged with more typing in the same part. */
  edit(next: GongwenDocument): void;
  /** A change made in one go (reorder, accepted values, a fix): always its own step. */
  operation(next: GongwenDocument): void;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
}

const ownUndo = (target: EventTarget | null) => target instanceof Element && target.closest('[contenteditable="true"], [data-own-undo]') !== null;

/** `opened` is the draft as it came into the editor; `restore` puts a snapshot back as the draft and makes the editor re-read it. */
export function useDocumentHistory(opened: GongwenDocument, restore: (snapshot: GongwenDocument) => void): DocumentHistory {
  const stack = useRef<HistoryStack<GongwenDocument>>(startHistory(opened));
  const [, rerender] = useState(0);
  // The keyboard listener stays registered across renders; it always restores through the latest callback.
  const restoreLatest = useRef(restore);
  useEffect(() => {
    restoreLatest.current = restore;
  });

  const record = useCallback((next: GongwenDocument, kind: string) => {
    const current = stack.current;
    stack.current = recordChange(current, next, kind, Date.now());
    if (stack.current !== current) rerender((n) => n + 1);
  }, []);

  const step = useCallback((move: typeof undo) => {
    const next = move(stack.current);
    if (next === stack.current) return;
    stack.current = next;
    rerender((n) => n + 1);
    // The editor is rebuilt from the snapshot; the writer stays in the field they were in.
    const field = document.activeElement?.closest<HTMLElement>('[data-source-field]')?.dataset.sourceField;
    restoreLatest.current(next.present);
    if (field) requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-source-field="${CSS.escape(field)}"] :is(input, textarea)`)?.focus());
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || ownUndo(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        step(undo);
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault();
        step(redo);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [step]);

  return {
    edit: (next) => record(next, changedParts(stack.current.present, next)),
    operation: (next) => record(next, operationKind),
    undo: () => step(undo),
    redo: () => step(redo),
    canUndo: canUndo(stack.current),
    canRedo: canRedo(stack.current),
  };
}
