/**
 * zod schemas for a DataImport, for the API contract and for tables read back from the workspace
 * or a .gwdoc file: the same shape as data-table.ts, with every array and string bounded by the
 * import caps so a stored table cannot claim more than an import could have produced.
 */
import { z } from '../validation/zod.ts';
import { defaultDataCaps } from './data-caps.ts';

const { maxRows, maxColumns, maxCellChars } = defaultDataCaps;
const maxNameChars = 1000;

const CellValueSchema = z.union([z.string().max(maxCellChars), z.number(), z.null()]);
const RowNumbersSchema = z.array(z.number().int().positive()).max(maxRows);

export const DataColumnSchema = z.strictObject({
  name: z.string().min(1).max(maxNameChars),
  type: z.enum(['text', 'number', 'date', 'money', 'mixed', 'empty']),
  filled: z.number().int().nonnegative(),
  samples: z.array(CellValueSchema).max(10),
});

export const DataTableSchema = z.strictObject({
  source: z.strictObject({
    fileName: z.string().min(1).max(maxNameChars),
    sheet: z.string().max(maxNameChars).nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
    encoding: z.enum(['UTF-8', 'UTF-8 BOM', 'UTF-16LE', 'UTF-16BE', 'GB18030', 'Big5', 'workbook']),
  }),
  headerRows: z.number().int().nonnegative(),
  columns: z.array(DataColumnSchema).max(maxColumns),
  rows: z.array(z.array(CellValueSchema).max(maxColumns)).max(maxRows),
  sourceRows: RowNumbersSchema,
  totalRows: RowNumbersSchema.optional(),
});

export const DataImportSchema = z.strictObject({
  sheets: z.array(z.strictObject({ name: z.string().max(maxNameChars), hidden: z.boolean() })).max(maxColumns),
  table: DataTableSchema,
  notes: z.array(z.string().max(maxNameChars)).max(100),
});
