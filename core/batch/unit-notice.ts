/**
 * One unit's notice and its 送达回证: the template merged with the whole ledger, the unit
 * field set to the unit (the template's own filters pick that unit's rows) and the 文号
 * field set to the number the batch took for it. Also says which optional paragraphs were
 * printed and why, for the variance report.
 */
import type { GongwenDocument } from '../model/document.ts';
import { conditionHolds, describeCondition } from '../template/condition.ts';
import type { LawReferences } from '../template/law-references.ts';
import type { MergeTable } from '../template/merge-table.ts';
import { fieldResolver, mergedTitle, mergeTemplate, type FieldResolver } from '../template/merge.ts';
import type { ContentNode, Template } from '../template/template-schema.ts';
import type { PlannedGroup } from './batch-plan.ts';
import type { UnitScope } from './unit-scope.ts';

export interface NoticeDecision {
  /** The section (or attachment) the paragraph belongs to. */
  section: string;
  included: boolean;
  /** Why, in words: 可选段落，默认保留 / “整改期限”已填写 …. */
  reason: string;
}

export interface UnitNotice {
  document: GongwenDocument;
  issues: string[];
  decisions: NoticeDecision[];
}

export interface BatchInput {
  template: Template;
  scope: UnitScope;
  datasets: ReadonlyMap<string, MergeTable>;
  /** Values the writer typed for every notice (成文日期, 联系人 …). */
  values: ReadonlyMap<string, string>;
  /** Optional sections the writer left out of every notice. */
  omitted?: ReadonlySet<string>;
  today: string;
  laws?: LawReferences;
}

function conditions(nodes: readonly ContentNode[], section: string, resolver: FieldResolver): NoticeDecision[] {
  return nodes.flatMap((node): NoticeDecision[] => {
    if (node.type !== 'if') return [];
    const holds = conditionHolds(node.test, resolver.resolveField(node.field).value ?? '');
    const described = describeCondition(node.field, node.test);
    const decision: NoticeDecision = {
      section,
      included: holds,
      reason: holds ? `条件成立：${described}` : `条件不成立：${described}${node.else.length > 0 ? '，改用另一种写法' : ''}`,
    };
    return [decision, ...conditions(holds ? node.then : node.else, section, resolver)];
  });
}

/** The ledger cut down to one unit's rows (shared arrays, no copying of cells); provenance keeps the file's row numbers. */
export function unitDatasets(input: BatchInput, group: PlannedGroup): Map<string, MergeTable> {
  const datasets = new Map(input.datasets);
  const ledger = input.datasets.get(input.scope.ledger.dataset);
  if (ledger) datasets.set(ledger.name, { ...ledger, rows: group.indexes.map((i) => ledger.rows[i]!), rowNumbers: group.indexes.map((i) => ledger.rowNumbers[i]!) });
  return datasets;
}

function unitMerge(input: BatchInput, group: PlannedGroup, documentNumber: string | null) {
  const values = new Map(input.values);
  values.set(input.scope.unitField, group.unit);
  if (input.scope.numberField && documentNumber !== null) values.set(input.scope.numberField, documentNumber);
  return { values, datasets: unitDatasets(input, group), omitted: input.omitted, today: input.today, laws: input.laws };
}

/** The unit's notice title on one line, as its file and its register entry name it. */
export function unitTitle(input: BatchInput, group: PlannedGroup): string {
  return mergedTitle(input.template, unitMerge(input, group, null)).replace(/\n/g, '');
}

export function unitNotice(input: BatchInput, group: PlannedGroup, documentNumber: string | null): UnitNotice {
  const merge = unitMerge(input, group, documentNumber);
  const { document, issues } = mergeTemplate(input.template, merge);
  const resolver = fieldResolver(input.template, merge, []);
  const decisions: NoticeDecision[] = [];
  for (const section of input.template.sections) {
    const omitted = !section.required && Boolean(input.omitted?.has(section.id));
    if (!section.required) decisions.push({ section: section.label, included: !omitted, reason: omitted ? '可选段落，本批未选用' : '可选段落，本批选用' });
    if (!omitted) decisions.push(...conditions(section.content, section.label, resolver));
  }
  for (const attachment of input.template.attachments) decisions.push(...conditions(attachment.content, attachment.title, resolver));
  if (input.scope.numberField && documentNumber !== null) document.header.documentNumber = documentNumber;
  return { document, issues, decisions };
}

/** The 送达回证 that travels with a notice: its name and 文号, and the unit it is served on. */
export function receiptFor(receiptTemplate: Template, notice: GongwenDocument, unit: string, today: string): GongwenDocument {
  const values = new Map<string, string>([
    ['文书名称', notice.title.replace(/\n/g, '')],
    ['文书文号', notice.header.documentNumber ?? ''],
    ['受送达单位', notice.addressees[0] ?? unit],
    // Written by hand when serving; an empty cell prints better than 【送达地点】.
    ['送达地点', ''],
  ]);
  return mergeTemplate(receiptTemplate, { values, datasets: new Map(), today }).document;
}
