/**
 * Accepting refreshed ledger values: a new document with the chosen changes applied and their
 * provenance updated. A field that no longer holds the value the change was found on (the
 * writer edited it since) is left as it is; finding stale fields again shows what remains.
 */
import type { GongwenDocument } from '../model/document.ts';
import type { FieldInline } from '../model/inline.ts';
import type { StaleField } from './refresh-change.ts';
import { mapFields } from './refresh-walk.ts';

/** Every change, or those at the given paths (one path for a single change). */
export type ChangeSelection = 'all' | string | readonly string[];

function chosen(changes: readonly StaleField[], which: ChangeSelection): Map<string, StaleField> {
  const paths = which === 'all' ? null : new Set(typeof which === 'string' ? [which] : which);
  return new Map(changes.filter((change) => paths === null || paths.has(change.path)).map((change) => [change.path, change]));
}

function sameSource(field: FieldInline, change: StaleField): boolean {
  const a = field.source;
  const b = change.oldSource;
  if (a === b) return true;
  return a !== null && a.dataset === b.dataset && a.sheet === b.sheet && a.column === b.column && a.aggregate === b.aggregate && a.filter === b.filter && a.rows.length === b.rows.length && a.rows.every((row, i) => row === b.rows[i]);
}

export function acceptChanges(document: GongwenDocument, changes: readonly StaleField[], which: ChangeSelection): GongwenDocument {
  const accepted = chosen(changes, which);
  if (accepted.size === 0) return document;
  return mapFields(document, (field, path) => {
    const change = accepted.get(path);
    if (!change || field.key !== change.key || field.value !== change.oldValue || !sameSource(field, change)) return field;
    return { ...field, value: change.newValue, source: change.newSource };
  });
}
