/**
 * Accepting refreshed ledger values: a new document with the chosen changes applied and their
 * provenance updated. A field that no longer holds the value the change was found on (the
 * writer edited it since) is left as it is; finding stale fields again shows what remains.
 * Repeat paragraphs and table rows are inserted and removed as the changes say; a removal
 * happens only where the paragraph or row still prints what it printed when the change was found.
 */
import type { Block, TableBlock } from '../model/blocks.ts';
import type { GongwenDocument } from '../model/document.ts';
import type { FieldInline } from '../model/inline.ts';
import { printedBlock, printedRow, type StaleField, type StructureChange } from './refresh-change.ts';
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
  return (
    a !== null &&
    a.dataset === b.dataset &&
    a.sheet === b.sheet &&
    a.column === b.column &&
    a.aggregate === b.aggregate &&
    a.filter === b.filter &&
    a.rows.length === b.rows.length &&
    a.rows.every((row, i) => row === b.rows[i])
  );
}

type Edit = Exclude<StructureChange, { kind: 'keep' }>;
type TableRow = TableBlock['rows'][number];

const tableRows = /^(.*)\.(\d+)\.rows$/;

/** Later places first, so the places of the edits still to make hold; at one place removals go first, then insertions in reverse ledger order. */
function editOrder(a: Edit, b: Edit): number {
  if (a.index !== b.index) return b.index - a.index;
  const removing = (edit: Edit) => edit.kind === 'removeBlocks' || edit.kind === 'removeRow';
  if (removing(a) !== removing(b)) return removing(a) ? -1 : 1;
  return 'row' in a && 'row' in b ? b.row - a.row : 0;
}

/** A numbered table's 序号 column, when its data rows still read 1, 2, 3…, follows the rows that are added and removed. */
function isNumbered(block: TableBlock): boolean {
  const data = block.rows.slice(block.headerRows);
  return (
    data.length > 0 &&
    data.every((row, i) => {
      const first = row.cells[0]?.content;
      return first?.length === 1 && first[0]!.type === 'text' && first[0]!.text === String(i + 1);
    })
  );
}

function renumbered(block: TableBlock, rows: TableRow[]): TableRow[] {
  return rows.map((row, i) =>
    i < block.headerRows ? row : { ...row, cells: [{ ...row.cells[0]!, content: [{ type: 'text', text: String(i - block.headerRows + 1) }] }, ...row.cells.slice(1)] },
  );
}

function editRows(block: TableBlock, edits: readonly Edit[], original: TableBlock): TableBlock {
  const numbered = isNumbered(original);
  const rows = block.rows.slice();
  for (const edit of [...edits].sort(editOrder)) {
    if (edit.kind === 'removeRow') {
      const row = original.rows[edit.index];
      if (row && printedRow(row) === edit.printed) rows.splice(edit.index, 1);
    } else if (edit.kind === 'insertRow' && edit.cells.cells.length === block.columnWidths.length) {
      rows.splice(Math.min(edit.index, rows.length), 0, edit.cells);
    }
  }
  return { ...block, rows: numbered ? renumbered(block, rows) : rows };
}

function editBlocks(blocks: readonly Block[], edits: readonly Edit[], original: readonly Block[]): Block[] {
  const next = blocks.slice();
  for (const edit of [...edits].sort(editOrder)) {
    if (edit.kind === 'removeBlocks') {
      const printed = original
        .slice(edit.index, edit.index + edit.count)
        .map(printedBlock)
        .join('\n');
      if (printed === edit.printed) next.splice(edit.index, edit.count);
    } else if (edit.kind === 'insertBlocks') {
      next.splice(Math.min(edit.index, next.length), 0, ...edit.blocks);
    }
  }
  return next;
}

/** Applies the insertions and removals: table rows first (they leave block places alone), then blocks, each list from its end. */
function applyStructure(original: GongwenDocument, document: GongwenDocument, edits: readonly Edit[]): GongwenDocument {
  if (edits.length === 0) return document;
  const lists = new Map<string, Edit[]>();
  for (const edit of edits) lists.set(edit.container, [...(lists.get(edit.container) ?? []), edit]);
  const blocksAt = (doc: GongwenDocument, container: string): readonly Block[] | null => {
    if (container === 'body') return doc.body;
    const match = /^attachments\.(\d+)\.blocks$/.exec(container);
    return match ? (doc.attachments[Number(match[1])]?.blocks ?? null) : null;
  };
  const withBlocks = (doc: GongwenDocument, container: string, blocks: Block[]): GongwenDocument => {
    if (container === 'body') return { ...doc, body: blocks };
    const a = Number(/^attachments\.(\d+)\.blocks$/.exec(container)![1]);
    return { ...doc, attachments: doc.attachments.map((attachment, i) => (i === a ? { ...attachment, blocks } : attachment)) };
  };
  let result = document;
  for (const [container, list] of lists) {
    const match = tableRows.exec(container);
    if (!match) continue;
    const blocks = blocksAt(result, match[1]!);
    const index = Number(match[2]);
    const block = blocks?.[index];
    const before = blocksAt(original, match[1]!)?.[index];
    if (!blocks || block?.type !== 'table' || before?.type !== 'table') continue;
    result = withBlocks(
      result,
      match[1]!,
      blocks.map((b, i) => (i === index ? editRows(block, list, before) : b)),
    );
  }
  for (const [container, list] of lists) {
    if (tableRows.test(container)) continue;
    const blocks = blocksAt(result, container);
    const before = blocksAt(original, container);
    if (blocks && before) result = withBlocks(result, container, editBlocks(blocks, list, before));
  }
  return result;
}

export function acceptChanges(document: GongwenDocument, changes: readonly StaleField[], which: ChangeSelection): GongwenDocument {
  const accepted = chosen(changes, which);
  if (accepted.size === 0) return document;
  const edits = [...accepted.values()].flatMap((change) => (change.structure && change.structure.kind !== 'keep' ? [change.structure] : []));
  const valued = mapFields(document, (field, path) => {
    const change = accepted.get(path);
    if (!change || change.structure || field.key !== change.key || field.value !== change.oldValue || !sameSource(field, change)) return field;
    return { ...field, value: change.newValue, source: change.newSource };
  });
  return applyStructure(document, valued, edits);
}

/** What accepting one insertion or removal does to the places in its list: `count` items in (or out, when negative) at `index`. */
interface Shift {
  container: string;
  index: number;
  count: number;
  /** The inserted row's ledger index, for ordering another insertion at the same place. */
  row: number | null;
}

/** A path's new place, or null when it sat in what was removed. */
function shiftPath(path: string, shift: Shift): string | null {
  if (!path.startsWith(`${shift.container}.`)) return path;
  const match = /^(\d+)(.*)$/.exec(path.slice(shift.container.length + 1));
  if (!match) return path;
  const at = Number(match[1]);
  if (shift.count < 0 && at >= shift.index && at < shift.index - shift.count) return null;
  return at >= shift.index ? `${shift.container}.${at + shift.count}${match[2]}` : path;
}

/** An insertion's place: before what is there, so removing that item leaves it at the start of the gap, and after an earlier ledger row inserted at the same place. */
function shiftInsertion(index: number, row: number, shift: Shift): number {
  if (shift.count < 0) return index <= shift.index ? index : Math.max(shift.index, index + shift.count);
  if (index > shift.index || (index === shift.index && shift.row !== null && shift.row < row)) return index + shift.count;
  return index;
}

function shifted(change: StaleField, shift: Shift): StaleField | null {
  const structure = change.structure;
  if (structure && (structure.kind === 'insertBlocks' || structure.kind === 'insertRow')) {
    const container = shiftPath(structure.container, shift);
    if (container === null) return null;
    const index = structure.container === shift.container ? shiftInsertion(structure.index, structure.row, shift) : structure.index;
    const suffix = change.path.slice(change.path.indexOf('+'));
    return { ...change, path: `${container}.${index}${suffix}`, structure: { ...structure, container, index } };
  }
  const path = shiftPath(change.path, shift);
  if (path === null) return null;
  if (!structure || structure.kind === 'keep') return { ...change, path };
  const place = shiftPath(`${structure.container}.${structure.index}`, shift);
  if (place === null) return null;
  const dot = place.lastIndexOf('.');
  return { ...change, path, structure: { ...structure, container: place.slice(0, dot), index: Number(place.slice(dot + 1)) } };
}

/**
 * The changes still to decide on after accepting `which`, with their places moved past the
 * paragraphs and rows that accepting inserted or removed, so accepting one later still finds its
 * target. Changes inside a removed paragraph are dropped with it.
 */
export function pendingChanges(changes: readonly StaleField[], which: ChangeSelection): StaleField[] {
  const accepted = chosen(changes, which);
  let pending = changes.filter((change) => !accepted.has(change.path));
  const edits = [...accepted.values()].flatMap((change) => (change.structure && change.structure.kind !== 'keep' ? [change.structure] : []));
  // From the last place back, as they are applied, so each shift is in the places the next one knows.
  for (const edit of edits.sort(editOrder)) {
    const count = edit.kind === 'insertBlocks' ? edit.blocks.length : edit.kind === 'removeBlocks' ? -edit.count : edit.kind === 'insertRow' ? 1 : -1;
    const shift: Shift = { container: edit.container, index: edit.index, count, row: 'row' in edit ? edit.row : null };
    pending = pending.flatMap((change) => shifted(change, shift) ?? []);
  }
  return pending;
}
