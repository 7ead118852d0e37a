/**
 * Re-importing a changed ledger: every field of the document that came from a ledger is
 * recomputed exactly as the merge would fill it now, and those that would print differently
 * (or whose ledger row moved or disappeared) are listed with the reason, for the writer to
 * accept one by one or all at once. Values the writer typed (no source) are never looked at.
 */
import type { GongwenDocument } from '../model/document.ts';
import { contentRenderer, type MergeInput } from './merge.ts';
import { repeatChanges } from './refresh-repeats.ts';
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

/**
 * The values the writer typed, as the document shows them, over those the caller passed (a
 * template's sample): a repeat filtered by 被通知单位 must select the rows of the unit the draft names.
 */
function typedInput(document: GongwenDocument, template: Template, input: MergeInput): MergeInput {
  const declared = new Set(template.fields.map((field) => field.key));
  const values = new Map(input.values);
  const seen = new Set<string>();
  for (const { field } of fieldSlots(document)) {
    if (field.source !== null || field.value === null || !declared.has(field.key) || seen.has(field.key)) continue;
    seen.add(field.key);
    values.set(field.key, field.value);
  }
  return { ...input, values };
}

/** Document order of a change: its path's numbers, where an insertion at n sorts just before what is at n. */
function placeOf(path: string): number[] {
  const [at, insert] = path.split('+');
  const numbers = at!
    .split('.')
    .flatMap((part) =>
      /^\d+$/.test(part)
        ? [Number(part)]
        : part === 'attachments'
          ? [1]
          : part === 'body'
            ? [0]
            : part === 'runIn' || part === 'items'
              ? [1]
              : part === 'content' || part === 'lead'
                ? [0]
                : [],
    );
  if (insert !== undefined) numbers[numbers.length - 1]! -= 0.5;
  return numbers;
}

function byPlace(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

export function findStaleFields(document: GongwenDocument, template: Template, given: MergeInput): StaleField[] {
  const input = typedInput(document, template, given);
  const slots = fieldSlots(document).filter((slot) => slot.field.source !== null);
  const bindings = new Map(template.fields.map((field) => [field.key, field.binding]));
  const rowSlots = slots.filter((slot) => isRepeatCell(slot, bindings));
  const rowPaths = new Set(rowSlots.map((slot) => slot.path));
  const cellChanges: CellChanges = new Map();
  // Rows first: an edit they reveal (谈话函询 → 立案) explains the counts it moved.
  const rows = rowChanges(rowSlots, input, cellChanges);
  const repeats = repeatChanges(document, template, input, contentRenderer(template, input, []), rowSlots, rows.aligned);
  const changes = [
    ...rows.changes.filter((change) => !repeats.superseded.has(change.path)),
    ...repeats.changes,
    ...boundChanges(
      slots.filter((slot) => !rowPaths.has(slot.path)),
      template,
      input,
      cellChanges,
    ),
  ];
  const places = new Map(changes.map((change) => [change, placeOf(change.path)]));
  return changes.sort((a, b) => byPlace(places.get(a)!, places.get(b)!));
}
