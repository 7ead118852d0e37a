/** The part of the browser's storage the journal uses, over a Map: for tests in Node. */
import type { JournalStorage } from './unsaved-journal.ts';

export function memoryStorage(): JournalStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    get length() {
      return entries.size;
    },
    key: (i) => [...entries.keys()][i] ?? null,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, value),
    removeItem: (key) => void entries.delete(key),
  };
}
