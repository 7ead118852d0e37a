/** A template's own sample (field values and small ledgers) as merge input, so a new user sees a complete document at once. */
import type { LawReferences } from './law-references.ts';
import type { MergeInput } from './merge.ts';
import type { MergeTable } from './merge-table.ts';
import type { DatasetSample, Template } from './template-schema.ts';

/** Sample rows are numbered as if the header were row 1 of a sheet, as they would be in Excel. */
export function sampleTable(sample: DatasetSample): MergeTable {
  return { name: sample.name, sheet: null, columns: sample.columns, rows: sample.rows, rowNumbers: sample.rows.map((_, i) => i + 2) };
}

export function sampleMergeInput(template: Template, today: string, laws?: LawReferences): MergeInput {
  return {
    values: new Map(template.sample.values),
    datasets: new Map(template.sample.datasets.map((dataset) => [dataset.name, sampleTable(dataset)])),
    today,
    ...(laws ? { laws } : {}),
  };
}
