/**
 * Repeat paragraphs and ledger table rows that a re-imported ledger adds or takes away. The
 * document does not say where a repeat was, so its printed rows are found by their provenance:
 * consecutive blocks (or table rows) whose row fields all name one ledger row are one pass of a
 * repeat, and runs of them are matched, in document order, to the template's repeats and tables
 * that read those columns (a table also by its header row, so one that printed no rows is found).
 *
 * A row of the new ledger that passes a repeat's filters but is not shown is reported as 新增 and
 * inserted, on accept, after the shown row that precedes it in the ledger. A shown row that is gone
 * from the ledger or no longer passes the filters is reported as 已不在台账中 and removed on accept,
 * but only if it still prints exactly what the merge printed: a pass the writer edited is kept,
 * and the change says so. A repeat that printed nothing in the document has no place to insert
 * into and is left alone.
 */
import type { Block } from '../model/blocks.ts';
import { blockText } from '../model/block-text.ts';
import { inlineText, type FieldInline, type Provenance } from '../model/inline.ts';
import { describeFilters, selectRows, BindingError } from './aggregate.ts';
import type { ContentRenderer, TableRow } from './merge.ts';
import type { MergeInput } from './merge.ts';
import { ledgerIndex } from './ledger-index.ts';
import { cellText, type MergeTable } from './merge-table.ts';
import { printedBlock, printedRow, tableNamed, type StaleField, type StructureChange } from './refresh-change.ts';
import type { AlignedLedger } from './refresh-rows.ts';
import type { FieldSlot } from './refresh-walk.ts';
import type { ContentNode, Filter, Template } from './template-schema.ts';
import type { GongwenDocument } from '../model/document.ts';

type RepeatNode = Extract<ContentNode, { type: 'repeat' }>;
type TableNode = Extract<ContentNode, { type: 'table' }>;

interface Unit {
  /** body or attachments.N.blocks */
  container: string;
  node: RepeatNode | TableNode;
  table: MergeTable;
  /** The ledger columns the unit prints, in template order. */
  names: string[];
}

/** One pass of a repeat in the document: blocks [start, end) of a container, or one table row (end = start + 1). */
interface Instance {
  container: string;
  start: number;
  end: number;
  dataset: string;
  sheet: string | null;
  number: number;
  fields: FieldInline[];
  slots: FieldSlot[];
}

const maxShown = 24;

function clip(text: string): string {
  return text.length > maxShown ? `${text.slice(0, maxShown)}…` : text;
}

/** The template's repeats and ledger tables outside repeats, in order, with the list they print into. */
function units(template: Template, input: MergeInput, renderer: ContentRenderer): Unit[] {
  const found: Unit[] = [];
  const walk = (nodes: readonly ContentNode[], container: string) => {
    for (const node of nodes) {
      if (node.type === 'if') {
        walk(node.then, container);
        walk(node.else, container);
      } else if (node.type === 'repeat' || node.type === 'table') {
        const table = input.datasets.get(node.dataset);
        if (!table) continue;
        const names = node.type === 'table' ? node.columns.map((c) => c.column) : [...renderer.rowNames(node, table)];
        found.push({ container, node, table, names });
      }
    }
  };
  for (const section of template.sections) {
    walk(section.content, 'body');
    for (const alternative of section.alternatives) walk(alternative.content, 'body');
  }
  template.attachments.forEach((attachment, i) => walk(attachment.content, `attachments.${i}.blocks`));
  return found;
}

const slotPlace = /^(body|attachments\.\d+\.blocks)\.(\d+)\.(?:rows\.(\d+)\.)?/;

/** Row fields grouped by the block, or table row, they sit in; a block showing two ledger rows is no repeat pass. */
function instances(slots: readonly FieldSlot[]): Map<string, Instance[]> {
  const byPlace = new Map<string, Instance | null>();
  for (const slot of slots) {
    const match = slotPlace.exec(slot.path);
    if (!match) continue;
    const [, blocks, block, row] = match;
    const container = row === undefined ? blocks! : `${blocks}.${block}.rows`;
    const index = Number(row ?? block);
    const key = `${container}|${index}`;
    const source = slot.field.source!;
    const known = byPlace.get(key);
    if (known === null) continue;
    if (known === undefined) {
      byPlace.set(key, { container, start: index, end: index + 1, dataset: source.dataset, sheet: source.sheet, number: source.rows[0]!, fields: [slot.field], slots: [slot] });
    } else if (known.dataset !== source.dataset || known.number !== source.rows[0]) {
      byPlace.set(key, null);
    } else {
      known.fields.push(slot.field);
      known.slots.push(slot);
    }
  }
  const byContainer = new Map<string, Instance[]>();
  for (const instance of byPlace.values()) {
    if (!instance) continue;
    const list = byContainer.get(instance.container) ?? [];
    byContainer.set(instance.container, list);
    list.push(instance);
  }
  // A pass of several blocks (a heading and a paragraph per row) is one instance.
  for (const [container, list] of byContainer) {
    list.sort((a, b) => a.start - b.start);
    const merged: Instance[] = [];
    for (const instance of list) {
      const last = merged.at(-1);
      if (!container.endsWith('.rows') && last && last.end === instance.start && last.dataset === instance.dataset && last.number === instance.number) {
        last.end = instance.end;
        last.fields.push(...instance.fields);
        last.slots.push(...instance.slots);
      } else merged.push(instance);
    }
    byContainer.set(container, merged);
  }
  return byContainer;
}

function fits(unit: Unit, instance: Instance, input: MergeInput): boolean {
  if (instance.dataset !== unit.node.dataset && tableNamed(input, instance.dataset) !== unit.table) return false;
  return instance.fields.every((field) => unit.names.includes(field.key));
}

const headerOf = (node: TableNode): string => [...(node.numbered ? ['序号'] : []), ...node.columns.map((c) => c.header)].join('\t');

/** The instances of each unit, in document order; a table unit also gets the rows container of its table block. */
function assign(document: GongwenDocument, found: readonly Unit[], byContainer: Map<string, Instance[]>, input: MergeInput): Map<Unit, { container: string; list: Instance[] }> {
  const assigned = new Map<Unit, { container: string; list: Instance[] }>();
  const blocksOf = (container: string): readonly Block[] => (container === 'body' ? document.body : (document.attachments[Number(container.split('.')[1])]?.blocks ?? []));
  // Tables: the next table block in the unit's list whose header row reads as the template's.
  const tableFrom = new Map<string, number>();
  for (const unit of found) {
    if (unit.node.type !== 'table') continue;
    const header = headerOf(unit.node);
    const blocks = blocksOf(unit.container);
    for (let i = tableFrom.get(unit.container) ?? 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (block.type === 'table' && block.rows[0] && printedRow(block.rows[0]) === header) {
        const container = `${unit.container}.${i}.rows`;
        assigned.set(unit, { container, list: (byContainer.get(container) ?? []).filter((instance) => instance.start >= block.headerRows && fits(unit, instance, input)) });
        tableFrom.set(unit.container, i + 1);
        break;
      }
    }
  }
  // Repeats: runs of instances, each given to the first repeat at or after the previous one that prints those columns.
  const containers = new Set(found.filter((unit) => unit.node.type === 'repeat').map((unit) => unit.container));
  for (const container of containers) {
    const candidates = found.filter((unit) => unit.node.type === 'repeat' && unit.container === container);
    let pointer = 0;
    let current: { unit: Unit; last: Instance } | null = null;
    for (const instance of byContainer.get(container) ?? []) {
      if (current && fits(current.unit, instance, input) && (current.last.end === instance.start || instance.number > current.last.number)) {
        assigned.get(current.unit)!.list.push(instance);
        current.last = instance;
        continue;
      }
      const at = candidates.findIndex((unit, i) => i >= pointer && !assigned.has(unit) && fits(unit, instance, input));
      if (at === -1) continue;
      const unit = candidates[at]!;
      assigned.set(unit, { container, list: [instance] });
      current = { unit, last: instance };
      pointer = at + 1;
    }
  }
  return assigned;
}

function sourceOf(table: MergeTable, number: number, filters: readonly Filter[]): Provenance {
  return { dataset: table.name, sheet: table.sheet, column: null, aggregate: 'value', rows: [number], filter: describeFilters(filters) };
}

/** The row as the document shows it, as a one-row ledger: rendering the template over it shows whether the writer changed the text. */
function shownRow(instance: Instance, names: readonly string[]): { table: MergeTable; columns: Map<string, number> } {
  const values = new Map(instance.fields.map((field) => [field.key, field.value ?? '']));
  const columns = names.filter((name) => values.has(name));
  return {
    table: { name: instance.dataset, sheet: instance.sheet, columns, rows: [columns.map((name) => values.get(name)!)], rowNumbers: [instance.number] },
    columns: new Map(columns.map((name, i) => [name, i])),
  };
}

export interface RepeatChanges {
  changes: StaleField[];
  /** Paths of value changes a removal replaces: the fields of a pass that goes, or is kept as the writer left it. */
  superseded: Set<string>;
}

export function repeatChanges(
  document: GongwenDocument,
  template: Template,
  input: MergeInput,
  renderer: ContentRenderer,
  rowSlots: readonly FieldSlot[],
  aligned: ReadonlyMap<string, AlignedLedger>,
): RepeatChanges {
  const found = units(template, input, renderer);
  const changes: StaleField[] = [];
  const superseded = new Set<string>();
  const blocksOf = (container: string): readonly Block[] => (container === 'body' ? document.body : (document.attachments[Number(container.split('.')[1])]?.blocks ?? []));
  const rowsOf = (container: string): readonly TableRow[] => {
    const match = /^(.*)\.(\d+)\.rows$/.exec(container);
    const block = match ? blocksOf(match[1]!)[Number(match[2])] : undefined;
    return block?.type === 'table' ? block.rows : [];
  };

  for (const [unit, { container, list }] of assign(document, found, instances(rowSlots), input)) {
    const { node, table } = unit;
    let filters: Filter[];
    let selected: Int32Array;
    try {
      filters = renderer.resolver.resolveFilters(node.filters);
      selected = selectRows(table, filters);
    } catch (error) {
      // A filter on a field with no value: the merge reports it; which rows belong is unknown.
      if (!(error instanceof BindingError)) throw error;
      continue;
    }
    const passing = new Set(selected);
    const isTable = node.type === 'table';
    const what = isTable ? '表格中的这一行' : '这一段';
    const shown = new Set<number>();
    const cellsText = (pairs: [string, string][]) => pairs.map(([name, value]) => `${name}“${clip(value)}”`).join('，');

    for (const instance of list) {
      const at = aligned.get(instance.dataset)?.at.get(instance.number);
      if (at === undefined) continue;
      if (at !== null && passing.has(at)) {
        shown.add(at);
        continue;
      }
      const scope = shownRow(instance, unit.names);
      let printed: string;
      let expected: string;
      let shownWords: string;
      if (node.type === 'table') {
        const row = rowsOf(container)[instance.start];
        if (!row) continue;
        const skip = node.numbered ? 1 : 0;
        printed = printedRow(row);
        expected = printedRow({ cells: [...row.cells.slice(0, skip), ...renderer.tableRow(node, scope.table, 0, 0).cells.slice(skip)] });
        shownWords = blockText({ type: 'table', headerRows: 0, columnWidths: [1], rows: [{ cells: row.cells.slice(skip) }] });
      } else {
        const blocks = blocksOf(container).slice(instance.start, instance.end);
        printed = blocks.map(printedBlock).join('\n');
        expected = renderer.blocks(node.each, { table: scope.table, row: 0, columns: scope.columns }).map(printedBlock).join('\n');
        shownWords = blocks.map((block) => blockText(block)).join(' ');
      }
      const cells = cellsText(instance.fields.filter((field, i, all) => all.findIndex((f) => f.key === field.key) === i).map((field) => [field.key, field.value ?? '']));
      const why =
        at === null
          ? `已不在台账中：台账“${table.name}”原第 ${instance.number} 行（${cells}）`
          : `台账“${table.name}”第 ${aligned.get(instance.dataset)!.rows.numberOf(at)} 行已不符合条件（${describeFilters(filters)}）：（${cells}）`;
      const untouched = printed === expected;
      const structure: StructureChange = untouched
        ? isTable
          ? { kind: 'removeRow', container, index: instance.start, printed }
          : { kind: 'removeBlocks', container, index: instance.start, count: instance.end - instance.start, printed }
        : { kind: 'keep' };
      for (const slot of instance.slots) superseded.add(slot.path);
      changes.push({
        path: `${container}.${instance.start}`,
        key: untouched ? (isTable ? '删除表格行' : '删除段落') : isTable ? '保留表格行' : '保留段落',
        oldValue: clip(shownWords),
        newValue: null,
        oldSource: sourceOf(table, instance.number, filters),
        newSource: null,
        reason: untouched ? `${why}，将删除${what}` : `${why}；${what}已改动过，予以保留，请自行核对`,
        structure,
      });
    }

    // Rows that now pass: each goes after the shown row that precedes it in the new ledger.
    const rows = aligned.get(list[0]?.dataset ?? '')?.rows;
    const numberOf = (row: number) => rows?.numberOf(row) ?? table.rowNumbers[row] ?? row + 1;
    const placed = list.map((instance) => ({ instance, at: aligned.get(instance.dataset)?.at.get(instance.number) ?? null }));
    for (const row of selected) {
      if (shown.has(row)) continue;
      const before = placed.filter((p) => p.at !== null && p.at < row).at(-1);
      const index = before ? before.instance.end : (list[0]?.start ?? rowsOf(container).length);
      const number = numberOf(row);
      const columns = ledgerIndex(table).columns;
      const pairs = unit.names.map((name): [string, string] => [name, cellText(table.rows[row]?.[columns.get(name) ?? -1] ?? null)]);
      let structure: StructureChange;
      let text: string;
      if (node.type === 'table') {
        const cells = renderer.tableRow(node, table, row, 0);
        structure = { kind: 'insertRow', container, index, row, cells };
        text = blockText({ type: 'table', headerRows: 0, columnWidths: [1], rows: [{ cells: cells.cells.slice(node.numbered ? 1 : 0) }] });
      } else {
        const blocks = renderer.blocks(node.each, { table, row, columns });
        if (blocks.length === 0) continue;
        structure = { kind: 'insertBlocks', container, index, row, blocks };
        text = blocks.map((block) => blockText(block)).join(' ');
      }
      const source = sourceOf(table, number, filters);
      changes.push({
        path: `${container}.${index}+${number}`,
        key: isTable ? '新增表格行' : '新增段落',
        oldValue: null,
        newValue: clip(text),
        oldSource: source,
        newSource: source,
        reason: `台账“${table.name}”新增：第 ${number} 行（${cellsText(pairs)}），将${isTable ? '在表格中插入一行' : '插入一段'}`,
        structure,
      });
    }
  }
  return { changes, superseded };
}
