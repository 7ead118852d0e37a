/**
 * Save as template: a draft back into a template of the schema. Field chips become declared
 * fields read through `{{名称}}`; blocks a repeat printed become the repeat again, written once;
 * each section's guidance is kept and the writer chooses which sections are optional (with a
 * condition) or repeatable.
 *
 * A draft made from a template keeps that template's wiring wherever the writer left it alone:
 * the source is printed with its own sample, and every part (a section, the title, the 主送 …)
 * that the draft still prints exactly as the source did is taken from the source as it stands,
 * with its placeholders, conditions, alternatives and filters. Only what the writer changed is
 * read back from the draft. So template → draft → template gives the same template, and a
 * template edited in one section changes in that section only.
 *
 * A section typed by hand can be bound to a ledger: it becomes a repeat printed once per row (its
 * leading headings once), the fields it marks with a column's name read that column, and the
 * template gets a sample of the ledger's columns so it lints and previews without the real rows.
 */
import type { Block } from '../model/blocks.ts';
import type { GongwenDocument } from '../model/document.ts';
import type { FieldInline } from '../model/inline.ts';
import { stableStringify } from '../workspace/stable-stringify.ts';
import { describeIssues } from '../validation/zod.ts';
import { blocksToNodes, type NodeContext } from './blocks-to-nodes.ts';
import type { ConditionTest } from './condition.ts';
import { draftSections, type DraftSection } from './draft-sections.ts';
import type { LawReferences } from './law-references.ts';
import { contentRenderer, mergeTemplate, nodeTexts } from './merge.ts';
import { sampleMergeInput } from './sample-input.ts';
import { placeholderNames } from './placeholders.ts';
import { NameSchema, TemplateSchema, templateFormatVersion, type ContentNode, type FieldDef, type Filter, type Section, type Template } from './template-schema.ts';

export interface SectionSetting {
  label: string;
  required: boolean;
  repeatable: boolean;
  guidance: string;
  /** An optional section is printed only when this holds; null prints it always. */
  condition: { field: string; test: ConditionTest } | null;
  /** The ledger the section is printed once per row of: its words name the row's columns as {{列名}} or as marked fields. */
  repeatOver?: RepeatOver | null;
  /** Shown, not set: the dataset the source template already prints this section once per row of; saving keeps it while the rows still come from it. */
  keptRepeat?: string | null;
}

export interface RepeatOver {
  dataset: string;
  columns: readonly string[];
}

export interface TemplateMeta {
  id: string;
  version: string;
  name: string;
  description: string;
  family: Template['family'];
}

export interface TemplateFromDraftInput {
  document: GongwenDocument;
  meta: TemplateMeta;
  /** The template the draft was made from (or the own template being edited); null for a draft typed or imported. */
  source: Template | null;
  /** The source's law articles, so its law citations print as they did in the draft. */
  laws?: LawReferences;
  /** The writer's choices, by section label; other sections keep the source's settings, or are required. */
  sections?: readonly SectionSetting[];
  /** Definitions for fields the source does not declare, e.g. a filled gap with its binding. */
  fields?: readonly FieldDef[];
  /** YYYY-MM-DD: the date the source is printed with to compare. */
  today: string;
}

export interface TemplateFromDraft {
  template: Template | null;
  /** Why no template could be made (the schema's objections), naming the part. */
  problems: string[];
  /** What was left out or needs the writer's attention, e.g. a page break or a binding to set again. */
  notes: string[];
}

type Printed = { sections: { section: Section; blocks: Block[] }[]; document: GongwenDocument } | null;

const same = (a: unknown, b: unknown) => stableStringify(a) === stableStringify(b);

function printSource(source: Template | null, laws: LawReferences | undefined, today: string): Printed {
  if (!source) return null;
  const input = sampleMergeInput(source, today, laws);
  const { blocks } = contentRenderer(source, input, []);
  return { sections: source.sections.map((section) => ({ section, blocks: blocks(section.content, null) })), document: mergeTemplate(source, input).document };
}

/** The one `if` an optional section is wrapped in, read back as the section's condition. */
/** The dataset of the section's own per-row repeat (under its condition, if any), or null. */
function repeatIn(content: readonly ContentNode[]): string | null {
  const body = conditionOf(content) ? (content[0] as Extract<ContentNode, { type: 'if' }>).then : content;
  return body.find((node): node is Extract<ContentNode, { type: 'repeat' }> => node.type === 'repeat')?.dataset ?? null;
}

function conditionOf(content: readonly ContentNode[]): SectionSetting['condition'] {
  const [only, ...rest] = content;
  return only?.type === 'if' && rest.length === 0 && only.else.length === 0 ? { field: only.field, test: only.test } : null;
}

function cutSections(document: GongwenDocument, printed: Printed): DraftSection[] {
  const empty = new Set(printed?.sections.filter((s) => s.blocks.length === 0).map((s) => s.section.label));
  return draftSections(document.body, (label) => empty.has(label));
}

/** The sections of a draft as the save dialog offers them, each with the settings it would be saved with. */
export function draftSectionSettings(document: GongwenDocument, source: Template | null, today: string, laws?: LawReferences): SectionSetting[] {
  const printed = printSource(source, laws, today);
  return cutSections(document, printed).map((section) => {
    const from = source?.sections.find((s) => s.label === section.label);
    return from
      ? { label: section.label, required: from.required, repeatable: from.repeatable, guidance: from.guidance, condition: conditionOf(from.content), keptRepeat: repeatIn(from.content) }
      : { label: section.label, required: true, repeatable: false, guidance: section.guidance, condition: null };
  });
}

function sourceContext(source: Template | null, declared: ReadonlyMap<string, FieldDef>): NodeContext {
  const nodes: ContentNode[] = [];
  const walk = (list: readonly ContentNode[]) => {
    for (const node of list) {
      nodes.push(node);
      if (node.type === 'if') walk([...node.then, ...node.else]);
      if (node.type === 'repeat') walk(node.each);
    }
  };
  for (const section of source?.sections ?? []) {
    walk(section.content);
    for (const alternative of section.alternatives) walk(alternative.content);
  }
  for (const attachment of source?.attachments ?? []) walk(attachment.content);
  const repeats = nodes.filter((node): node is Extract<ContentNode, { type: 'repeat' }> => node.type === 'repeat');
  const tables = nodes.filter((node): node is Extract<ContentNode, { type: 'table' }> => node.type === 'table');
  return {
    isRowField(field): field is FieldInline & { source: NonNullable<FieldInline['source']> } {
      const { source: from } = field;
      if (from === null || from.aggregate !== 'value' || from.rows.length !== 1 || from.column !== field.key) return false;
      const binding = declared.get(field.key)?.binding;
      return !(binding && binding.kind !== 'law' && binding.dataset === from.dataset);
    },
    repeatOf(dataset) {
      const repeat = repeats.find((node) => node.dataset === dataset);
      if (!repeat) return null;
      const simple = repeat.each.every((node) => node.type === 'paragraph' || node.type === 'heading' || node.type === 'enumeration');
      return { filters: repeat.filters, blocksPerRow: simple ? repeat.each.length : null };
    },
    tableFilters: (dataset): Filter[] => tables.find((node) => node.dataset === dataset)?.filters ?? [],
    tableWithHeader: (header) => tables.find((node) => same([...(node.numbered ? ['序号'] : []), ...node.columns.map((c) => c.header)], header)) ?? null,
  };
}

/** A field the draft marks but no definition names: typed by the writer; a ledger total keeps its binding where the draft says it whole. */
function newField(chip: FieldInline, notes: string[]): FieldDef {
  const from = chip.source;
  let binding: FieldDef['binding'] = null;
  if (from && from.aggregate !== 'value' && from.filter === '') binding = { kind: 'aggregate', dataset: from.dataset, aggregate: from.aggregate, column: from.column, filters: [] };
  else if (from) notes.push(`字段“${chip.key}”的值来自台账“${from.dataset}”${from.filter ? `（${from.filter}）` : ''}，其取值方式请在模板中重新设置`);
  return { key: chip.key, label: chip.key, type: 'text', required: false, default: null, binding };
}

function sectionId(taken: Set<string>): string {
  let n = taken.size + 1;
  while (taken.has(`section-${n}`)) n++;
  const id = `section-${n}`;
  taken.add(id);
  return id;
}

const plainLines = (lines: readonly string[]) => lines.filter((line) => line.trim() !== '');

export function templateFromDraft(input: TemplateFromDraftInput): TemplateFromDraft {
  const { document, meta, source } = input;
  const printed = printSource(source, input.laws, input.today);
  const declared = new Map<string, FieldDef>([...(source?.fields ?? []), ...(input.fields ?? [])].map((field) => [field.key, field]));
  const context = sourceContext(source, declared);
  const notes: string[] = [];
  const chips: FieldInline[] = [];
  const badNames = new Set<string>();

  const convert = (blocks: readonly Block[], where: string): ContentNode[] => {
    const converted = blocksToNodes(blocks, context, where);
    notes.push(...converted.notes);
    chips.push(...converted.fields);
    for (const chip of converted.fields) if (!NameSchema.safeParse(chip.key).success) badNames.add(chip.key);
    return converted.nodes;
  };

  /** The source's text where the draft still prints what the source printed, the draft's words otherwise. */
  const kept = <T, S>(draft: T, printedValue: T | undefined, sourceValue: S | undefined, own: S): S =>
    printed && sourceValue !== undefined && same(draft, printedValue) ? sourceValue : own;

  const settings = new Map(input.sections?.map((setting) => [setting.label, setting]));
  const ids = new Set(source?.sections.map((s) => s.id));
  const sections: Section[] = cutSections(document, printed).map((cut) => {
    const from = printed?.sections.find((s) => s.section.label === cut.label);
    const setting = settings.get(cut.label);
    const base = from?.section;
    const content = from && same(cut.blocks, from.blocks) ? from.section.content : wrapped(convert(cut.blocks, `段落“${cut.label}”`), base ? conditionOf(base.content) : null);
    const section: Section = base
      ? { ...base, content }
      : { id: sectionId(ids), label: cut.label, required: true, repeatable: false, guidance: cut.guidance, content, alternatives: [] };
    if (!setting) return section;
    const unwrapped = conditionOf(section.content) ? (section.content[0] as Extract<ContentNode, { type: 'if' }>).then : section.content;
    const over = setting.repeatOver ? overLedger(unwrapped, setting.repeatOver) : unwrapped;
    return { ...section, required: setting.condition ? false : setting.required, repeatable: setting.repeatable, guidance: setting.guidance, content: wrapped(over, setting.condition) };
  });
  const repeats = (input.sections ?? []).flatMap((setting) => (setting.repeatOver ? [setting.repeatOver] : []));
  const rowColumns = new Set(repeats.flatMap((over) => over.columns));
  const outsideRepeats = new Set(sections.flatMap((section) => nodeTexts(section.content)).flatMap(placeholderNames));
  if (sections.length === 0) sections.push({ id: 'body', label: '正文', required: true, repeatable: false, guidance: '', content: [{ type: 'paragraph', text: '' }], alternatives: [] });

  const attachments = document.attachments.map((attachment, i) => {
    const original = source?.attachments[i];
    const printedAttachment = printed?.document.attachments[i];
    const same = printedAttachment && original && printedAttachment.title === attachment.title && stableStringify(printedAttachment.blocks) === stableStringify(attachment.blocks);
    return same ? original : { title: attachment.title, content: convert(attachment.blocks, `附件“${attachment.title}”`) };
  });

  const wanted = new Set(chips.map((chip) => chip.key));
  const fields = [
    ...(source?.fields ?? []),
    ...(input.fields ?? []).filter((field) => wanted.has(field.key) && !source?.fields.some((f) => f.key === field.key)),
    ...chips
      // One field per name, though several sections mark it.
      .filter((chip, i) => !declared.has(chip.key) && !badNames.has(chip.key) && chips.findIndex((c) => c.key === chip.key) === i)
      // A marked field named as a column of the section's ledger reads that column: it is no field to fill.
      .filter((chip) => !rowColumns.has(chip.key) || outsideRepeats.has(chip.key))
      .map((chip) => newField(chip, notes)),
  ];
  for (const name of badNames) notes.push(`字段名“${name}”不能用作模板字段名（只能包含文字、数字和 _·（）()-/），请改名后再保存`);

  const p = printed?.document;
  const header = document.header;
  const signature = document.signature;
  const hasSignature = signature.organs.length > 0 || signature.date !== null;
  const candidate = {
    formatVersion: templateFormatVersion,
    id: meta.id,
    version: meta.version,
    name: meta.name,
    description: meta.description,
    family: meta.family,
    genre: document.genre,
    form: document.form,
    header: {
      organs: kept(header.organs, p?.header.organs, source?.header.organs, header.organs),
      markSuffix: header.markSuffix,
      numberSequence: source?.header.numberSequence ?? null,
      documentNumber: kept(header.documentNumber, p?.header.documentNumber, source?.header.documentNumber, header.documentNumber),
      signers: kept(header.signers, p?.header.signers, source?.header.signers, header.signers),
    },
    title: kept(document.title, p?.title, source?.title, document.title),
    byline: kept(document.byline, p?.byline, source?.byline, document.byline && { subtitle: document.byline.subtitle, speaker: document.byline.speaker, date: null }),
    addressees: kept(document.addressees, p?.addressees, source?.addressees, plainLines(document.addressees)),
    fields,
    sections,
    attachments,
    signature: kept(
      signature,
      p?.signature,
      source?.signature,
      hasSignature ? { organs: signature.organs, date: null, dateStyle: signature.dateStyle, seal: signature.seal, signerTitle: signature.signerTitle } : null,
    ),
    note: kept(document.note, p?.note, source?.note, document.note),
    record: kept(document.record, p?.record, source?.record, { cc: document.record.cc, printer: document.record.printer, printDate: null }),
    snippets: source?.snippets ?? [],
    sample: withLedgerSamples(source?.sample ?? { values: [], datasets: [] }, repeats),
  };
  const parsed = TemplateSchema.safeParse(candidate);
  if (!parsed.success) return { template: null, problems: describeIssues(parsed.error).split('\n'), notes: [...new Set(notes)] };
  return { template: parsed.data, problems: [], notes: [...new Set(notes)] };
}

function wrapped(content: ContentNode[], condition: SectionSetting['condition']): ContentNode[] {
  return condition ? [{ type: 'if', field: condition.field, test: condition.test, then: content, else: [] }] : content;
}

/** The section's leading headings print once; everything after them once per ledger row. */
function overLedger(content: readonly ContentNode[], over: RepeatOver): ContentNode[] {
  if (content.some((node) => node.type === 'repeat' && node.dataset === over.dataset)) return [...content];
  const columns = new Set(over.columns);
  const readsRow = (node: ContentNode) => nodeTexts([node]).flatMap(placeholderNames).some((name) => columns.has(name));
  let lead = 0;
  while (lead < content.length - 1 && content[lead]!.type === 'heading' && !readsRow(content[lead]!)) lead++;
  return [...content.slice(0, lead), { type: 'repeat', dataset: over.dataset, filters: [], each: content.slice(lead) }];
}

/**
 * A sample for each ledger a section repeats over, with one row that names each column in 【】: the
 * template checks and previews against the ledger's columns, and never carries the office's real rows.
 */
function withLedgerSamples(sample: Template['sample'], repeats: readonly RepeatOver[]): Template['sample'] {
  const datasets = [...sample.datasets];
  for (const over of repeats) {
    if (datasets.some((dataset) => dataset.name === over.dataset)) continue;
    const columns = over.columns.filter((column) => NameSchema.safeParse(column).success);
    datasets.push({ name: over.dataset, columns, rows: [columns.map((column) => `【${column}】`)] });
  }
  return { ...sample, datasets };
}
