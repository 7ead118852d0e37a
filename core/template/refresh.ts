/**
 * Re-importing a changed ledger: every field of the document that came from a ledger is
 * recomputed exactly as the merge would fill it now, and those that would print differently
 * (or whose ledger row moved or disappeared) are listed with the reason, for the writer to
 * accept one by one or all at once. Values the writer typed (no source) are never looked at.
 */
import type { GongwenDocument } from '../model/document.ts';
import type { MergeInput } from './merge.ts';
import { boundChanges } from './refresh-bound.ts';
import type { CellChanges, StaleField } from './refresh-change.ts';
import { isRowValue, rowChanges } from './refresh-rows.ts';
import { fieldSlots, type FieldSlot } from './refresh-walk.ts';
import type { FieldDef, Template } from './template-schema.ts';

export type { StaleField } from './refresh-change.ts';

/**
 * Inside a repeat a ledger column wins over a field of the same name, as in the merge. The one
 * look-alike is a single-value binding with no filter reading its own name, which is only
 * valid on a one-row ledger: that is taken as the binding.
 */
function isRepeatCell(slot: FieldSlot, bindings: ReadonlyMap<string, FieldDef['binding']>): boolean {
  if (!isRowValue(slot.field)) return false;
  const binding = bindings.get(slot.field.key);
  return !(binding?.kind === 'value' && binding.filters.length === 0 && binding.column === slot.field.key && binding.dataset === slot.field.source.dataset);
}

export function findStaleFields(document: GongwenDocument, template: Template, input: MergeInput): StaleField[] {
  const slots = fieldSlots(document).filter((slot) => slot.field.source !== null);
  const order = new Map(slots.map((slot, i) => [slot.path, i]));
  const bindings = new Map(template.fields.map((field) => [field.key, field.binding]));
  const rowSlots = slots.filter((slot) => isRepeatCell(slot, bindings));
  const rowPaths = new Set(rowSlots.map((slot) => slot.path));
  const cellChanges: CellChanges = new Map();
  // Rows first: an edit they reveal (谈话函询 → 立案) explains the counts it moved.
  const changes = [...rowChanges(rowSlots, input, cellChanges), ...boundChanges(slots.filter((slot) => !rowPaths.has(slot.path)), template, input, cellChanges)];
  return changes.sort((a, b) => order.get(a.path)! - order.get(b.path)!);
}
