/**
 * What a template needs to be issued to many units at once: the field naming the unit, the
 * ledger whose rows are grouped by unit (and the column that names it), and the directory
 * the unit's 主送 name and 称谓 are looked up in. Read from the template's own filters —
 * `被巡察单位 = {{被通知单位}}` in a repeat says both which ledger and which column.
 */
import { fieldReference } from '../template/aggregate.ts';
import { placeholderNames } from '../template/placeholders.ts';
import { datasetsUsed } from '../template/template-datasets.ts';
import type { ContentNode, Filter, Template } from '../template/template-schema.ts';

export interface UnitScope {
  /** The `unit` field that each notice fills with its unit, e.g. 被通知单位. */
  unitField: string;
  /**
   * The ledger grouped into notices, and the column its rows are filtered on by unit — null when the
   * template prints the whole ledger (a 建议书's 问题清单): then the batch groups by a column it is told.
   */
  ledger: { dataset: string; column: string | null };
  /** Where 主送 names are looked up (a `value` binding filtered by the unit), when the template has one. */
  directory: { dataset: string; column: string } | null;
  /** The field the 文号 is printed from (the 版头's `{{文号}}`), when the template numbers its documents. */
  numberField: string | null;
}

interface UnitFilter {
  dataset: string;
  column: string;
}

function unitFilters(dataset: string, filters: readonly Filter[], unitField: string): UnitFilter[] {
  return filters.filter((filter) => filter.op === 'eq' && fieldReference(filter.value) === unitField).map((filter) => ({ dataset, column: filter.column }));
}

function contentFilters(nodes: readonly ContentNode[], unitField: string): UnitFilter[] {
  return nodes.flatMap((node): UnitFilter[] => {
    switch (node.type) {
      case 'if':
        return [...contentFilters(node.then, unitField), ...contentFilters(node.else, unitField)];
      case 'repeat':
        return [...unitFilters(node.dataset, node.filters, unitField), ...contentFilters(node.each, unitField)];
      case 'table':
        return unitFilters(node.dataset, node.filters, unitField);
      default:
        return [];
    }
  });
}

/** The scope, or a Chinese reason why the template cannot be issued in a batch. */
export function unitScope(template: Template): UnitScope | string {
  const unit = template.fields.find((field) => field.type === 'unit');
  if (!unit) return `模板“${template.name}”没有“单位”类型的字段，不能按单位批量生成`;
  const lookups: UnitFilter[] = [];
  const grouped: UnitFilter[] = [];
  for (const field of template.fields) {
    const binding = field.binding;
    if (!binding || binding.kind === 'law') continue;
    const found = unitFilters(binding.dataset, binding.filters, unit.key);
    (binding.kind === 'value' ? lookups : grouped).push(...found);
  }
  for (const section of template.sections) {
    grouped.push(...contentFilters(section.content, unit.key));
    for (const alternative of section.alternatives) grouped.push(...contentFilters(alternative.content, unit.key));
  }
  for (const attachment of template.attachments) grouped.push(...contentFilters(attachment.content, unit.key));
  const directoryNames = new Set(lookups.map((lookup) => lookup.dataset));
  const filtered = grouped.find((filter) => !directoryNames.has(filter.dataset));
  const printed = datasetsUsed(template).find((name) => !directoryNames.has(name));
  const ledger = filtered ?? (printed === undefined ? undefined : { dataset: printed, column: null });
  if (!ledger) return `模板“${template.name}”不读取问题台账，不能按单位批量生成`;
  const numberField = template.header.documentNumber ? (placeholderNames(template.header.documentNumber)[0] ?? null) : null;
  return { unitField: unit.key, ledger, directory: lookups[0] ?? null, numberField };
}
