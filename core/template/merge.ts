/**
 * Template + field values + ledgers → a GongwenDocument. Every value that lands in the
 * body is a field inline that remembers where it came from (typed by the writer, a
 * template default, or ledger rows); problems are collected as Chinese messages instead
 * of stopping the merge, so the writer sees the whole document and what is missing.
 */
import { formatDate } from '../format/chinese-date.ts';
import { yuanToWan } from '../format/numbers.ts';
import { parseDateText } from '../format/parse-date-text.ts';
import type { Block } from '../model/blocks.ts';
import { createBlankDocument, type GongwenDocument } from '../model/document.ts';
import type { Inline, Provenance } from '../model/inline.ts';
import { BindingError, describeFilters, evaluateBinding, fieldReference, selectRows } from './aggregate.ts';
import { citeProvisions, LawReferenceError, type LawReferences } from './law-references.ts';
import { ledgerIndex } from './ledger-index.ts';
import { cellNumber, cellText, type MergeTable } from './merge-table.ts';
import { conditionHolds } from './condition.ts';
import { parsePlaceholders, placeholderNames } from './placeholders.ts';
import { withSectionGuidance } from './section-guidance.ts';
import type { Binding, ContentNode, FieldDef, Filter, Template } from './template-schema.ts';

export interface MergeInput {
  /** Values the writer typed, by field key. */
  values: ReadonlyMap<string, string>;
  datasets: ReadonlyMap<string, MergeTable>;
  /** Section id → the boilerplate alternative chosen (default: the section's own content). */
  choices?: ReadonlyMap<string, string>;
  /** Optional sections the writer left out. */
  omitted?: ReadonlySet<string>;
  /** YYYY-MM-DD, used when the template leaves the date open. */
  today: string;
  /** Versioned law articles for `law` bindings (templates/builtin/law-references.json). */
  laws?: LawReferences;
}

export interface MergeResult {
  document: GongwenDocument;
  issues: string[];
}

export interface Resolved {
  value: string | null;
  source: Provenance | null;
}

export type RowScope = { table: MergeTable; row: number; columns: ReadonlyMap<string, number> } | null;

type TableNode = Extract<ContentNode, { type: 'table' }>;
export type TableRow = Extract<Block, { type: 'table' }>['rows'][number];

/** The first 10 000 rows behind a value, numbered as the user sees them in the ledger. */
function provenanceRows(table: MergeTable, rows: Int32Array): number[] {
  const numbers: number[] = [];
  for (let k = 0; k < rows.length && k < 10_000; k++) numbers.push(table.rowNumbers[rows[k]!] ?? rows[k]! + 1);
  return numbers;
}

/** One cell of a repeat's row as the merge prints it, traced to that ledger row. */
export function rowValue(table: MergeTable, row: number, name: string, column: number): Resolved {
  return {
    value: cellText(table.rows[row]?.[column] ?? null),
    source: { dataset: table.name, sheet: table.sheet, column: name, aggregate: 'value', rows: [table.rowNumbers[row] ?? row + 1], filter: '' },
  };
}

/** Every template text in a node list outside nested repeats and tables, for finding the names a repeat block needs. */
export function nodeTexts(nodes: readonly ContentNode[]): string[] {
  return nodes.flatMap((node): string[] => {
    switch (node.type) {
      case 'paragraph':
        return [node.text];
      case 'heading':
        return [node.text, node.runIn ?? ''];
      case 'enumeration':
        return [node.lead, ...node.items];
      case 'if':
        return [...nodeTexts(node.then), ...nodeTexts(node.else)];
      case 'grid':
        return node.rows.flat();
      case 'repeat':
      case 'table':
        // A nested repeat reads its own ledger and checks its own names.
        return [];
    }
  });
}

/** How the merge fills template fields: shared with the refresh, which recomputes them from re-imported ledgers. */
export interface FieldResolver {
  fields: ReadonlyMap<string, FieldDef>;
  /** The field's printed value as the merge fills it: typed, from its binding, or its default; cached per key. */
  resolveField(key: string): Resolved;
  /** The field's binding alone, ignoring a value typed for the field itself; null for a field without one. */
  bindField(key: string): Resolved | null;
  resolveFilters(filters: readonly Filter[]): Filter[];
}

/** Problems are appended to `issues` as Chinese messages, as the merge reports them. */
export function fieldResolver(template: Template, input: MergeInput, issues: string[]): FieldResolver {
  const fields = new Map<string, FieldDef>(template.fields.map((field) => [field.key, field]));
  const cache = new Map<string, Resolved>();

  /** Date fields by key → their value as YYYY-MM-DD, so a filter reading one compares dates, not printed text. */
  const isoDates = new Map<string, string | null>();

  const formatNumber = (field: FieldDef, n: number): string => {
    if (field.format?.yuanToWan) return yuanToWan(n);
    return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  };

  /** The counting word follows a number (12件), never a word the writer typed, nor a number that already carries it. */
  const counted = (field: FieldDef, printed: string): string => {
    const word = field.format?.countingWord;
    return word && cellNumber(printed) !== null ? `${printed}${word}` : printed;
  };

  const formatValue = (field: FieldDef, raw: number | string): string => {
    if (typeof raw === 'number') return counted(field, formatNumber(field, raw));
    if (field.type === 'date') {
      const iso = parseDateText(raw);
      isoDates.set(field.key, iso);
      return iso ? formatDate(iso, field.format?.dateStyle ?? 'arabic') : raw;
    }
    return counted(field, raw);
  };

  const resolving = new Set<string>();

  /** Replaces {field} filter values with the field's printed value; an empty field stays a reference and is reported. */
  const resolveFilters = (filters: readonly Filter[]): Filter[] =>
    filters.map((filter) => {
      const reference = fieldReference(filter.value);
      if (reference === null) return filter;
      const resolved = resolveField(reference).value;
      if (resolved === null) return filter;
      // 受理日期 ≥ {{起始日期}} compares dates: the ISO form, whatever style the field prints in.
      const iso = fields.get(reference)?.type === 'date' ? isoDates.get(reference) : undefined;
      return { ...filter, value: iso ?? resolved };
    });

  const bindLaw = (key: string, binding: Extract<Binding, { kind: 'law' }>): Resolved => {
    if (!input.laws) {
      issues.push(`字段“${key}”需要法规条文数据，尚未载入`);
      return { value: null, source: null };
    }
    const version = resolveField(binding.versionField).value;
    if (version === null) return { value: null, source: null };
    try {
      const cited = citeProvisions(input.laws, binding.law, version, binding.provisions);
      return {
        value: cited.text,
        source: { dataset: '法规条文', sheet: `${cited.law.title}（${cited.version.label}）`, column: null, aggregate: 'value', rows: [], filter: binding.provisions.join('、') },
      };
    } catch (error) {
      if (!(error instanceof LawReferenceError)) throw error;
      issues.push(`字段“${key}”：${error.message}`);
      return { value: null, source: null };
    }
  };

  const bindTable = (key: string, field: FieldDef, binding: Exclude<Binding, { kind: 'law' }>): Resolved => {
    const table = input.datasets.get(binding.dataset);
    if (!table) {
      issues.push(`字段“${key}”需要台账“${binding.dataset}”，尚未导入`);
      return { value: null, source: null };
    }
    try {
      const filters = resolveFilters(binding.filters);
      const bound = evaluateBinding(table, { ...binding, filters }, ledgerIndex(table));
      const value = bound.groups
        ? bound.groups
            .map(
              (group) =>
                `${group.name}${group.value === null ? '0' : formatNumber(field, group.value)}${(binding.kind === 'group' && binding.unit) || (field.format?.countingWord ?? '')}`,
            )
            .join('、') || null
        : bound.value === null
          ? null
          : formatValue(field, bound.value);
      return {
        value,
        source: {
          dataset: table.name,
          sheet: table.sheet,
          column: binding.kind === 'group' ? binding.groupBy : binding.column,
          aggregate: binding.kind === 'value' ? 'value' : binding.aggregate,
          rows: provenanceRows(table, bound.rows),
          filter: describeFilters(filters),
        },
      };
    } catch (error) {
      if (!(error instanceof BindingError)) throw error;
      issues.push(`字段“${key}”：${error.message}`);
      return { value: null, source: null };
    }
  };

  const resolveField = (key: string): Resolved => {
    const cached = cache.get(key);
    if (cached) return cached;
    const field = fields.get(key);
    let resolved: Resolved = { value: null, source: null };
    if (!field) {
      issues.push(`模板“${template.name}”引用了未声明的字段“${key}”`);
    } else if (resolving.has(key)) {
      issues.push(`字段“${key}”的取值依赖它自己`);
      return resolved;
    } else if (input.values.has(key)) {
      resolved = { value: formatValue(field, input.values.get(key) ?? ''), source: null };
    } else if (field.binding) {
      resolved = bind(key, field, field.binding);
    } else if (field.default !== null) {
      resolved = { value: formatValue(field, field.default), source: null };
    }
    if (resolved.value === null && field?.required) issues.push(`必填字段“${field.label || key}”还没有值`);
    cache.set(key, resolved);
    return resolved;
  };

  const bind = (key: string, field: FieldDef, binding: Binding): Resolved => {
    resolving.add(key);
    const resolved = binding.kind === 'law' ? bindLaw(key, binding) : bindTable(key, field, binding);
    resolving.delete(key);
    return resolved;
  };

  const bindField = (key: string): Resolved | null => {
    const field = fields.get(key);
    return field?.binding ? bind(key, field, field.binding) : null;
  };

  return { fields, resolveField, bindField, resolveFilters };
}

/** Renders template content as the merge does; the refresh uses it to print a repeat's new rows and to tell an untouched one. */
export interface ContentRenderer {
  resolver: FieldResolver;
  blocks(nodes: readonly ContentNode[], scope: RowScope): Block[];
  /** One ledger row of a table node; `ordinal` fills the 序号 column of a numbered table. */
  tableRow(node: TableNode, table: MergeTable, row: number, ordinal: number): TableRow;
  /** The names a repeat's content reads from its ledger row rather than from fields: columns win over fields of the same name. */
  rowNames(node: Extract<ContentNode, { type: 'repeat' }>, table: MergeTable): Set<string>;
}

export function contentRenderer(template: Template, input: MergeInput, issues: string[]): ContentRenderer {
  const resolver = fieldResolver(template, input, issues);
  const { fields, resolveField, resolveFilters } = resolver;

  const resolveName = (name: string, scope: RowScope): Resolved => {
    const column = scope?.columns.get(name);
    if (scope && column !== undefined) return rowValue(scope.table, scope.row, name, column);
    // A name missing from the ledger inside a repeat was reported once for the repeat, not as an unknown field.
    if (scope && !fields.has(name)) return { value: null, source: null };
    return resolveField(name);
  };

  const inlines = (source: string, scope: RowScope): Inline[] =>
    parsePlaceholders(source).flatMap((segment): Inline[] => {
      if (segment.kind === 'text') return segment.text ? [{ type: 'text', text: segment.text }] : [];
      const { value, source: provenance } = resolveName(segment.name, scope);
      return [{ type: 'field', key: segment.name, value, source: provenance }];
    });

  const rowNames = (node: Extract<ContentNode, { type: 'repeat' }>, table: MergeTable): Set<string> => {
    const columns = ledgerIndex(table).columns;
    return new Set(
      nodeTexts(node.each)
        .flatMap(placeholderNames)
        .filter((name) => columns.has(name)),
    );
  };

  const blocks = (nodes: readonly ContentNode[], scope: RowScope): Block[] =>
    nodes.flatMap((node): Block[] => {
      switch (node.type) {
        case 'paragraph':
          return [{ type: 'paragraph', content: inlines(node.text, scope) }];
        case 'heading':
          return [{ type: 'heading', level: node.level, content: inlines(node.text, scope), runIn: node.runIn === null ? null : inlines(node.runIn, scope) }];
        case 'enumeration':
          return [{ type: 'enumeration', style: node.style, runOn: node.runOn, lead: inlines(node.lead, scope), items: node.items.map((item) => inlines(item, scope)) }];
        case 'if': {
          const value = resolveName(node.field, scope).value ?? '';
          const pass = conditionHolds(node.test, value);
          return blocks(pass ? node.then : node.else, scope);
        }
        case 'repeat': {
          const table = input.datasets.get(node.dataset);
          if (!table) {
            issues.push(`重复段落需要台账“${node.dataset}”，尚未导入`);
            return [];
          }
          const columns = ledgerIndex(table).columns;
          for (const name of new Set(nodeTexts(node.each).flatMap(placeholderNames))) {
            if (!columns.has(name) && !fields.has(name)) issues.push(`台账“${table.name}”没有重复段落所需的“${name}”列`);
          }
          return selectRowsReporting(table, resolveFilters(node.filters)).flatMap((row) => blocks(node.each, { table, row, columns }));
        }
        case 'table':
          return tableBlock(node);
        case 'grid':
          return [
            {
              type: 'table',
              headerRows: node.headerRows,
              columnWidths: node.columnWidths,
              rows: node.rows.map((row) => ({ cells: row.map((cell) => ({ content: inlines(cell, scope) })) })),
            },
          ];
      }
    });

  const selectRowsReporting = (table: MergeTable, filters: readonly Filter[]): number[] => {
    try {
      return Array.from(selectRows(table, filters, ledgerIndex(table)));
    } catch (error) {
      if (!(error instanceof BindingError)) throw error;
      issues.push(error.message);
      return [];
    }
  };

  const textCell = (value: string) => ({ content: value ? [{ type: 'text' as const, text: value }] : [] });

  /** Cells from ledger columns are fields traced to their row, so 数据来源 lists them and a refresh can follow them. */
  const tableRow = (node: TableNode, table: MergeTable, row: number, ordinal: number): TableRow => {
    const columns = ledgerIndex(table).columns;
    return {
      cells: [
        ...(node.numbered ? [textCell(String(ordinal))] : []),
        ...node.columns.map((c) => {
          const index = columns.get(c.column);
          if (index === undefined) return textCell('');
          const { value, source } = rowValue(table, row, c.column, index);
          return { content: [{ type: 'field' as const, key: c.column, value, source }] };
        }),
      ],
    };
  };

  const tableBlock = (node: TableNode): Block[] => {
    const table = input.datasets.get(node.dataset);
    if (!table) {
      issues.push(`表格需要台账“${node.dataset}”，尚未导入`);
      return [];
    }
    const columns = ledgerIndex(table).columns;
    for (const c of node.columns) if (!columns.has(c.column)) issues.push(`台账“${table.name}”没有表格所需的“${c.column}”列`);
    const selected = selectRowsReporting(table, resolveFilters(node.filters));
    const header = [...(node.numbered ? ['序号'] : []), ...node.columns.map((c) => c.header)];
    return [
      {
        type: 'table',
        headerRows: 1,
        columnWidths: [...(node.numbered ? [0.6] : []), ...node.columns.map((c) => c.width)],
        rows: [{ cells: header.map(textCell) }, ...selected.map((r, i) => tableRow(node, table, r, i + 1))],
      },
    ];
  };

  return { resolver, blocks, tableRow, rowNames };
}

/** Text with its placeholders filled; an unfilled one prints as nothing. */
function fillText(source: string, resolveField: FieldResolver['resolveField']): string {
  return parsePlaceholders(source)
    .map((segment) => (segment.kind === 'text' ? segment.text : (resolveField(segment.name).value ?? '')))
    .join('');
}

/** The title mergeTemplate would print, without merging the body: a batch names its files before it composes any notice. */
export function mergedTitle(template: Template, input: MergeInput): string {
  return fillText(template.title, fieldResolver(template, input, []).resolveField);
}

export function mergeTemplate(template: Template, input: MergeInput): MergeResult {
  const issues: string[] = [];
  const { resolver, blocks } = contentRenderer(template, input, issues);
  const { resolveField } = resolver;

  const plain = (source: string): string => fillText(source, resolveField);

  const body = withSectionGuidance(
    template.sections
      .filter((section) => !(input.omitted?.has(section.id) && !section.required))
      .map((section) => {
        const choice = input.choices?.get(section.id);
        const alternative = choice ? section.alternatives.find((a) => a.id === choice) : undefined;
        if (choice && !alternative) issues.push(`段落“${section.label}”没有名为“${choice}”的备选文字`);
        return { label: section.label, guidance: section.guidance, blocks: blocks(alternative?.content ?? section.content, null) };
      }),
  );

  const isoOrNull = (source: string | null): string | null => (source === null ? null : parseDateText(plain(source)));
  const blank = createBlankDocument(template.genre, input.today);
  const signature = template.signature;
  const document: GongwenDocument = {
    ...blank,
    form: template.form,
    header: {
      ...blank.header,
      organs: template.header.organs.map(plain),
      markSuffix: template.header.markSuffix,
      documentNumber: template.header.documentNumber ? plain(template.header.documentNumber) || null : null,
      signers: template.header.signers.map(plain).filter(Boolean),
    },
    title: plain(template.title),
    byline: template.byline
      ? {
          subtitle: template.byline.subtitle === null ? null : plain(template.byline.subtitle),
          speaker: template.byline.speaker === null ? null : plain(template.byline.speaker),
          date: isoOrNull(template.byline.date),
        }
      : null,
    addressees: template.addressees.map(plain).filter(Boolean),
    body,
    attachments: template.attachments.map((attachment) => ({ title: plain(attachment.title), blocks: blocks(attachment.content, null) })),
    signature: signature
      ? {
          organs: signature.organs.map(plain).filter(Boolean),
          date: signature.date === null ? input.today : (isoOrNull(signature.date) ?? input.today),
          dateStyle: signature.dateStyle,
          seal: signature.seal,
          signerTitle: signature.signerTitle ? plain(signature.signerTitle) || null : null,
        }
      : { organs: [], date: null, dateStyle: 'arabic', seal: 'unsealed', signerTitle: null },
    note: template.note === null ? null : plain(template.note) || null,
    record: {
      cc: template.record.cc.map(plain).filter(Boolean),
      printer: template.record.printer === null ? null : plain(template.record.printer) || null,
      printDate: isoOrNull(template.record.printDate ?? null),
    },
  };
  return { document, issues: [...new Set(issues)] };
}
