/** Which ledgers a template reads, and an imported ledger seen as one of them. */
import type { DataTable } from '../data/data-table.ts';
import type { MergeTable } from './merge-table.ts';
import type { ContentNode, Template } from './template-schema.ts';

function nodeDatasets(nodes: readonly ContentNode[]): string[] {
  return nodes.flatMap((node): string[] => {
    switch (node.type) {
      case 'if':
        return [...nodeDatasets(node.then), ...nodeDatasets(node.else)];
      case 'repeat':
        return [node.dataset, ...nodeDatasets(node.each)];
      case 'table':
        return [node.dataset];
      default:
        return [];
    }
  });
}

/** Dataset names in the order the template first uses them: fields, then sections, alternatives and attachments. */
export function datasetsUsed(template: Template): string[] {
  const names = [
    ...template.fields.flatMap((field) => (field.binding && field.binding.kind !== 'law' ? [field.binding.dataset] : [])),
    ...template.sections.flatMap((section) => [...nodeDatasets(section.content), ...section.alternatives.flatMap((a) => nodeDatasets(a.content))]),
    ...template.attachments.flatMap((attachment) => nodeDatasets(attachment.content)),
  ];
  return [...new Set(names)];
}

/** An imported ledger under the dataset name the template knows it by; rows keep the numbers the user sees in the file. */
export function ledgerAsDataset(table: DataTable, name: string): MergeTable {
  return { name, sheet: table.source.sheet, columns: table.columns.map((column) => column.name), rows: table.rows, rowNumbers: table.sourceRows };
}
