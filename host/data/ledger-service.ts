/**
 * The 数据 panel behind the API: a ledger the writer picked is parsed in a worker and kept in the
 * workspace (one entry per file and sheet, so importing it again replaces it), paged back to the
 * panel's table, matched to a template's columns (a mapping confirmed earlier comes back first),
 * and compared with a draft. The last tables read stay parsed in memory, so
 * scrolling a 100 000-row ledger does not re-read the workspace for every window of rows.
 */
import { createHash } from 'node:crypto';
import type { ApiArgs, ApiResult } from '../../core/api/contract.ts';
import { AppError } from '../../core/api/errors.ts';
import { applyMapping } from '../../core/data/column-mapping-apply.ts';
import { fixedColumnProblems, missingColumnsMessage } from '../../core/data/column-mapping-messages.ts';
import { requiredColumns } from '../../core/data/column-mapping-required.ts';
import type { FixedColumn } from '../../core/data/column-mapping.ts';
import { defaultDataCaps, megabytes } from '../../core/data/data-caps.ts';
import { DataImportError } from '../../core/data/data-import-error.ts';
import type { DataTable } from '../../core/data/data-table.ts';
import { fittingDataset, matchLedgerColumns } from '../../core/data/ledger-dataset.ts';
import { findStaleFields } from '../../core/template/refresh.ts';
import { sampleMergeInput } from '../../core/template/sample-input.ts';
import { datasetsUsed } from '../../core/template/template-datasets.ts';
import type { TemplateService } from '../templates/template-service.ts';
import { findColumnMapping, saveColumnMapping } from '../workspace/column-mappings.ts';
import { saveDataset } from '../workspace/datasets.ts';
import type { Workspace } from '../workspace/open-workspace.ts';
import { textPreview } from './ledger-preview.ts';
import { parseInWorker } from './parse-in-worker.ts';
import { readStoredTable } from './stored-table.ts';

type Handler<N extends 'readLedger' | 'getDatasetRows' | 'proposeMapping' | 'compareLedger' | 'saveMapping'> = (...args: ApiArgs<N>) => Promise<ApiResult<N>>;

export interface LedgerHandlers {
  readLedger: Handler<'readLedger'>;
  getDatasetRows: Handler<'getDatasetRows'>;
  proposeMapping: Handler<'proposeMapping'>;
  compareLedger: Handler<'compareLedger'>;
  saveMapping: Handler<'saveMapping'>;
}

const cachedTables = 2;

/** One workspace entry per ledger file and sheet: a newer version of the same ledger takes its place. */
export function datasetIdFor(fileName: string, sheet: string | null): string {
  return `ledger-${createHash('sha256')
    .update(JSON.stringify([fileName, sheet]))
    .digest('hex')
    .slice(0, 24)}`;
}

export function createLedgerHandlers(workspace: () => Workspace, templates: TemplateService): LedgerHandlers {
  const tables = new Map<string, DataTable>();
  const remember = (id: string, table: DataTable) => {
    tables.delete(id);
    tables.set(id, table);
    for (const old of [...tables.keys()].slice(0, Math.max(0, tables.size - cachedTables))) tables.delete(old);
  };
  const tableOf = (id: string): DataTable => {
    const cached = tables.get(id);
    if (cached) return cached;
    const table = readStoredTable(workspace(), id);
    remember(id, table);
    return table;
  };

  /** The writer's mapping checked against the template and the ledger, then remembered; refused with every problem named, before anything is saved. */
  const saved = async ({ templateId, datasetId, dataset, mapping }: ApiArgs<'saveMapping'>[0]) => {
    const { template, laws } = await templates.find(templateId);
    const used = datasetsUsed(template);
    if (!used.includes(dataset)) throw new AppError('BAD_ARGUMENTS', `模板“${template.name}”没有数据集“${dataset}”，可选：${used.join('、') || '（不使用台账）'}`);
    const table = tableOf(datasetId);
    const headers = table.columns.map((column) => column.name);
    const context = { templateName: template.name, fileName: table.source.fileName, sheet: table.source.sheet };
    const manual: FixedColumn[] = mapping.map(({ column, header }) => ({ column, header, reason: 'manual' }));
    const problems = fixedColumnProblems(context, requiredColumns(template, dataset), headers, manual);
    if (problems.length > 0) throw new AppError('BAD_ARGUMENTS', problems.join('\n'));
    const matches = matchLedgerColumns(template, dataset, headers, manual, []);
    const missing = missingColumnsMessage(context, matches);
    if (missing !== null) throw new AppError('BAD_DOCUMENT', `${missing}\n请为这些列选择台账中的表头；没有保存任何改动。`);
    const pairs = matches.map(({ column, header }) => ({ column, header }));
    saveColumnMapping(workspace(), { templateId: template.id, dataset, fileName: table.source.fileName, sheet: table.source.sheet, headers, mapping: pairs });
    return { template, laws, table, pairs };
  };

  const confirmed = async ({ today, ...request }: Omit<ApiArgs<'compareLedger'>[0], 'document'>) => {
    const { template, laws, table, pairs } = await saved(request);
    const input = sampleMergeInput(template, today, laws ?? undefined);
    const datasets = new Map(input.datasets);
    datasets.set(request.dataset, applyMapping(table, request.dataset, pairs));
    return { template, input: { ...input, datasets } };
  };

  return {
    async readLedger({ file, encoding, sheet }) {
      const bytes = new Uint8Array(Buffer.from(file.base64, 'base64'));
      const fileName = file.name;
      if (bytes.length > defaultDataCaps.maxFileBytes)
        throw new AppError('BAD_DOCUMENT', `文件“${fileName}”大小 ${megabytes(bytes.length)}，超过上限 ${megabytes(defaultDataCaps.maxFileBytes)}，请拆分后分别导入。`);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      // The worker takes the bytes over; the preview needs only the head, copied first.
      const head = bytes.slice(0, 8192);
      let imported;
      try {
        imported = await parseInWorker(bytes, { fileName, sha256, ...(encoding ? { encoding } : {}), ...(sheet !== undefined ? { sheet } : {}) });
      } catch (error) {
        if (!(error instanceof DataImportError)) throw error;
        if (error.code === 'unknown-encoding' || error.code === 'bad-bytes')
          return { status: 'needs-encoding', fileName, message: error.message, preview: error.preview ?? textPreview(head, encoding ?? 'auto') };
        throw new AppError('BAD_DOCUMENT', error.message);
      }
      const { table } = imported;
      const ws = workspace();
      const base = fileName.replace(/\.[^.]+$/, '') || fileName;
      const saved = saveDataset(ws, {
        id: datasetIdFor(fileName, table.source.sheet),
        name: table.source.sheet === null ? base : `${base}（${table.source.sheet}）`,
        source: { fileName, sheet: table.source.sheet, sha256, importedAt: ws.now() },
        table,
      });
      remember(saved.id, table);
      return {
        status: 'read',
        datasetId: saved.id,
        fileName,
        sheet: table.source.sheet,
        sheets: imported.sheets,
        encoding: table.source.encoding,
        headerRows: table.headerRows,
        columns: table.columns.map(({ name, type }) => ({ name, type })),
        rowCount: table.rows.length,
        notes: imported.notes,
        textPreview: table.source.encoding === 'workbook' ? null : textPreview(head, table.source.encoding),
      };
    },

    async getDatasetRows({ datasetId, offset, limit }) {
      const table = tableOf(datasetId);
      return { total: table.rows.length, rows: table.rows.slice(offset, offset + limit), sourceRows: table.sourceRows.slice(offset, offset + limit) };
    },

    async proposeMapping({ templateId, datasetId }) {
      const { template } = await templates.find(templateId);
      const table = tableOf(datasetId);
      const headers = table.columns.map((column) => column.name);
      const ws = workspace();
      const datasets = datasetsUsed(template).map((dataset) => {
        const layout = { templateId: template.id, dataset, fileName: table.source.fileName, sheet: table.source.sheet, headers };
        const remembered: FixedColumn[] = (findColumnMapping(ws, layout) ?? []).map((entry) => ({ ...entry, reason: 'remembered' }));
        const usedBy = new Map(requiredColumns(template, dataset).map((column) => [column.name, column.usedBy]));
        const columns = matchLedgerColumns(template, dataset, headers, [], remembered).map(({ column, required, header, reason, detail, candidates }) => ({
          column,
          required,
          usedBy: usedBy.get(column) ?? [],
          header,
          reason,
          detail,
          candidates,
        }));
        return { dataset, columns };
      });
      // Short of a dataset the ledger fills, the one it fills most is suggested; the writer completes the mapping.
      const filled = datasets.map(({ dataset, columns }) => ({ dataset, count: columns.filter((column) => column.header !== null).length })).sort((a, b) => b.count - a.count);
      const nearest = filled[0] && filled[0].count > 0 && filled[0].count > (filled[1]?.count ?? 0) ? filled[0].dataset : null;
      return { templateName: template.name, headers, target: fittingDataset(template, headers) ?? nearest, datasets };
    },

    async compareLedger({ document, ...request }) {
      const { template, input } = await confirmed(request);
      return { changes: findStaleFields(document, template, input) };
    },

    async saveMapping(request) {
      return { columns: (await saved(request)).pairs.length };
    },
  };
}
