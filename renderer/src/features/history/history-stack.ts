/**
 * Undo/redo over whole-document snapshots. Typing arrives as one change per keystroke, so
 * changes of the same kind that follow each other within a short pause are merged into one
 * step; operations (a reordered outline, accepted ledger values, a checker fix) are always a
 * step of their own. The stack is capped so a day of typing does not hold thousands of drafts.
 */
export interface HistoryStack<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** Kind and time of the last recorded change, for merging a typing burst. */
  readonly last: { kind: string; at: number } | null;
}

export interface HistoryOptions {
  /** Changes of the same kind closer together than this are one step. */
  mergeWithinMs: number;
  /** Most undo steps kept; the oldest are dropped first. */
  cap: number;
}

export const defaultHistoryOptions: HistoryOptions = { mergeWithinMs: 1_000, cap: 100 };

/** The kind of change that is never merged with another. */
export const operationKind = 'operation';

export function startHistory<T>(present: T): HistoryStack<T> {
  return { past: [], present, future: [], last: null };
}

export function recordChange<T>(stack: HistoryStack<T>, next: T, kind: string, at: number, options: HistoryOptions = defaultHistoryOptions): HistoryStack<T> {
  if (next === stack.present) return stack;
  const merge = kind !== operationKind && stack.last?.kind === kind && at - stack.last.at < options.mergeWithinMs && stack.past.length > 0;
  const past = merge ? stack.past : [...stack.past, stack.present].slice(-options.cap);
  return { past, present: next, future: [], last: { kind, at } };
}

export function undo<T>(stack: HistoryStack<T>): HistoryStack<T> {
  const previous = stack.past.at(-1);
  if (previous === undefined) return stack;
  return { past: stack.past.slice(0, -1), present: previous, future: [stack.present, ...stack.future], last: null };
}

export function redo<T>(stack: HistoryStack<T>): HistoryStack<T> {
  const [next, ...future] = stack.future;
  if (next === undefined) return stack;
  return { past: [...stack.past, stack.present], present: next, future, last: null };
}

export const canUndo = (stack: HistoryStack<unknown>): boolean => stack.past.length > 0;
export const canRedo = (stack: HistoryStack<unknown>): boolean => stack.future.length > 0;
