/**
 * The columns a template reads from one of its datasets, so that an imported ledger's headers can
 * be matched to them before the merge runs. A column is required when the document cannot be
 * complete without it: it feeds a required field, or content that is always printed (a required
 * section's own text, an attachment). Columns read only by optional fields, optional sections or
 * boilerplate alternatives are optional, and so is a placeholder inside a repeat that also names
 * a declared field: the merge falls back to the field's value.
 */
import { placeholderNames } from '../template/placeholders.ts';
import type { Binding, ContentNode, Filter, Template } from '../template/template-schema.ts';

export interface TemplateColumn {
  name: string;
  required: boolean;
  /** Where the template reads it, in Chinese, e.g. 字段“问题个数”的筛选条件、附件“问题清单”的表格. */
  usedBy: string[];
}

interface Use {
  name: string;
  required: boolean;
  where: string;
}

function filterUses(filters: readonly Filter[], required: boolean, where: string): Use[] {
  return filters.map((filter) => ({ name: filter.column, required, where: `${where}的筛选条件` }));
}

function bindingUses(binding: Exclude<Binding, { kind: 'law' }>, required: boolean, where: string): Use[] {
  return [
    ...(binding.column === null ? [] : [{ name: binding.column, required, where }]),
    ...(binding.kind === 'group' ? [{ name: binding.groupBy, required, where: `${where}的分组` }] : []),
    ...filterUses(binding.filters, required, where),
  ];
}

/** Placeholders and `if` tests inside a repeat read the row; nested repeats read their own dataset. */
function rowNames(nodes: readonly ContentNode[]): string[] {
  return nodes.flatMap((node): string[] => {
    switch (node.type) {
      case 'paragraph':
        return placeholderNames(node.text);
      case 'heading':
        return [...placeholderNames(node.text), ...placeholderNames(node.runIn ?? '')];
      case 'enumeration':
        return [node.lead, ...node.items].flatMap(placeholderNames);
      case 'if':
        return [node.field, ...rowNames(node.then), ...rowNames(node.else)];
      case 'grid':
        return node.rows.flat().flatMap(placeholderNames);
      case 'repeat':
      case 'table':
        return [];
    }
  });
}

function nodeUses(nodes: readonly ContentNode[], dataset: string, fields: ReadonlySet<string>, required: boolean, where: string): Use[] {
  return nodes.flatMap((node): Use[] => {
    switch (node.type) {
      case 'if':
        return [...nodeUses(node.then, dataset, fields, required, where), ...nodeUses(node.else, dataset, fields, required, where)];
      case 'repeat': {
        const nested = nodeUses(node.each, dataset, fields, required, where);
        if (node.dataset !== dataset) return nested;
        const inRepeat = `${where}的重复段落`;
        const rows = [...new Set(rowNames(node.each))].map((name) => ({ name, required: required && !fields.has(name), where: inRepeat }));
        return [...filterUses(node.filters, required, inRepeat), ...rows, ...nested];
      }
      case 'table':
        if (node.dataset !== dataset) return [];
        return [...filterUses(node.filters, required, `${where}的表格`), ...node.columns.map((column) => ({ name: column.column, required, where: `${where}的表格` }))];
      default:
        return [];
    }
  });
}

/** In the order the template's sample ledger lists them, then in the order of first use. */
export function requiredColumns(template: Template, dataset: string): TemplateColumn[] {
  const fields = new Set(template.fields.map((field) => field.key));
  const uses: Use[] = [
    ...template.fields.flatMap((field) => (field.binding && field.binding.kind !== 'law' && field.binding.dataset === dataset ? bindingUses(field.binding, field.required, `字段“${field.label || field.key}”`) : [])),
    ...template.sections.flatMap((section) => [
      ...nodeUses(section.content, dataset, fields, section.required, `段落“${section.label}”`),
      ...section.alternatives.flatMap((alternative) => nodeUses(alternative.content, dataset, fields, false, `段落“${section.label}”的备选文字“${alternative.label}”`)),
    ]),
    ...template.attachments.flatMap((attachment) => nodeUses(attachment.content, dataset, fields, true, `附件“${attachment.title}”`)),
  ];
  const columns = new Map<string, TemplateColumn>();
  for (const use of uses) {
    const known = columns.get(use.name);
    if (!known) columns.set(use.name, { name: use.name, required: use.required, usedBy: [use.where] });
    else {
      known.required ||= use.required;
      if (!known.usedBy.includes(use.where)) known.usedBy.push(use.where);
    }
  }
  const sampleOrder = template.sample.datasets.find((sample) => sample.name === dataset)?.columns ?? [];
  const rank = (name: string) => {
    const at = sampleOrder.indexOf(name);
    return at === -1 ? sampleOrder.length : at;
  };
  return [...columns.values()].map((column, order) => ({ column, order })).sort((a, b) => rank(a.column.name) - rank(b.column.name) || a.order - b.order).map(({ column }) => column);
}
