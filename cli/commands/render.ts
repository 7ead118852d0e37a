/**
 * `gongwen render --template <编号> [--data 台账] [--sheet S] [--set 字段=值 …] -o out.docx`: fill a
 * built-in template and export it. Without --data the template's own sample is used; with it, the
 * ledger takes the place of one of the template's datasets and the sample values are not used.
 * The ledger's headers are matched to the columns the template reads (a mapping confirmed earlier
 * in the --workspace first, then --map, then automatically); the mapping used is printed, and a
 * required column without a header stops the render before anything is written.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../../core/api/errors.ts';
import { applyMapping } from '../../core/data/column-mapping-apply.ts';
import { describeMatch, fixedColumnProblems, missingColumnsMessage } from '../../core/data/column-mapping-messages.ts';
import { requiredColumns } from '../../core/data/column-mapping-required.ts';
import type { ColumnMatch, FixedColumn } from '../../core/data/column-mapping.ts';
import { DataImportError } from '../../core/data/data-import-error.ts';
import type { DataTable } from '../../core/data/data-table.ts';
import { fittingDataset, matchLedgerColumns } from '../../core/data/ledger-dataset.ts';
import { writeDocx } from '../../core/docx/write-docx.ts';
import { fontProfileIds, type FontProfileId } from '../../core/layout/font-profiles.ts';
import { isValidIsoDate } from '../../core/model/iso-date.ts';
import type { MergeTable } from '../../core/template/merge-table.ts';
import { mergeTemplate } from '../../core/template/merge.ts';
import { sampleMergeInput } from '../../core/template/sample-input.ts';
import { datasetsUsed } from '../../core/template/template-datasets.ts';
import type { Template } from '../../core/template/template-schema.ts';
import { encodingChoices, type EncodingChoice } from '../../host/data/decode-table-text.ts';
import { importDataFile } from '../../host/data/import-data-file.ts';
import { loadBuiltinPack } from '../../host/templates/builtin-pack.ts';
import { findColumnMapping, saveColumnMapping } from '../../host/workspace/column-mappings.ts';
import { openWorkspace, type Workspace } from '../../host/workspace/open-workspace.ts';
import { CliError } from '../cli-error.ts';
import { writeOutput } from '../docx-output.ts';

export const renderHelp = `用法：gongwen render --template <编号> [--data 台账文件] [--sheet 工作表] [--dataset 名称] [--set 字段=值 …] -o <输出.docx>

按内置模板生成公文（.docx）。不给 --data 时用模板自带的示例数据，新用户可以直接看到一份完整的公文。

选项：
  --template 编号     模板编号（gongwen templates 列出全部）
  --data 文件         台账：.xlsx、.xls 或 .csv/.txt（编码自动识别）；给出后不再使用示例字段值
  --sheet 工作表      读取台账中的指定工作表
  --encoding 编码     文本台账的编码：${encodingChoices.join('、')}
  --dataset 名称      台账对应模板中的哪一个数据集（模板只用一个、或列名能唯一对上时可省略）
  --map 模板列=表头   指定模板所需的列取台账的哪一列，可重复，如 --map 问题描述=存在问题；
                      “--map 模板列=”表示台账中没有此列。给出 --workspace 时记住这次的对应关系，
                      下次同一模板遇到同样表头的台账时直接使用
  --set 字段=值       填写字段，可重复，如 --set 成文日期=2024年12月5日
  --today 日期        模板未给日期时使用的日期（YYYY-MM-DD，默认今天）
  -o 文件             输出的 .docx
  --font-profile 方案 classic|windows|xinchuang
  --workspace 目录    从该工作区取用并保存确认过的列对应关系`;

export function parseSets(sets: readonly string[], template: Template): [string, string][] {
  const keys = new Set(template.fields.map((field) => field.key));
  return sets.map((set) => {
    const at = set.indexOf('=');
    const key = at === -1 ? '' : set.slice(0, at).trim();
    if (!key) throw new CliError(`--set 应写成“字段=值”：${set}`, 2);
    if (!keys.has(key)) throw new CliError(`模板“${template.name}”没有字段“${key}”。可用字段：${[...keys].join('、')}`, 2);
    return [key, set.slice(at + 1)];
  });
}

export function parseMaps(maps: readonly string[]): FixedColumn[] {
  return maps.map((map) => {
    const at = map.indexOf('=');
    const column = at === -1 ? '' : map.slice(0, at).trim();
    if (!column) throw new CliError(`--map 应写成“模板列=表头”：${map}`, 2);
    const header = map.slice(at + 1).trim();
    return { column, header: header === '' ? null : header, reason: 'manual' };
  });
}

/**
 * The template dataset an imported ledger stands for: named, the only one, or the one whose
 * required columns all find a header (the one with the most matched columns when several do).
 */
function targetDataset(template: Template, headers: readonly string[], named: string | undefined, file: string): string {
  const used = datasetsUsed(template);
  if (used.length === 0) throw new CliError(`模板“${template.name}”不使用台账，不需要 --data`, 2);
  if (named !== undefined) {
    if (!used.includes(named)) throw new CliError(`模板“${template.name}”没有数据集“${named}”，可选：${used.join('、')}`, 2);
    return named;
  }
  const fit = fittingDataset(template, headers);
  if (fit !== null) return fit;
  throw new CliError(`无法判断台账“${path.basename(file)}”对应模板的哪个数据集，请用 --dataset 指定：${used.join('、')}`, 2);
}

/**
 * Matches the ledger's headers to the template's columns: the mapping confirmed earlier in the
 * workspace, overridden column by column with --map, the rest automatically. An edited mapping
 * is remembered in the workspace once the render can go ahead with it.
 */
export function mapColumns(
  template: Template,
  dataset: string,
  table: DataTable,
  maps: readonly FixedColumn[],
  workspace: Workspace | null,
  print: (line: string) => void,
): ColumnMatch[] {
  const columns = requiredColumns(template, dataset);
  const headers = table.columns.map((column) => column.name);
  const context = { templateName: template.name, fileName: table.source.fileName, sheet: table.source.sheet };
  const problems = fixedColumnProblems(context, columns, headers, maps);
  if (problems.length > 0) throw new CliError(problems.join('\n'), 2);
  const layout = { templateId: template.id, dataset, fileName: table.source.fileName, sheet: table.source.sheet, headers };
  const remembered: FixedColumn[] = (workspace ? (findColumnMapping(workspace, layout) ?? []) : []).map((entry) => ({ ...entry, reason: 'remembered' }));
  const matches = matchLedgerColumns(template, dataset, headers, maps, remembered);
  print(`列对应（数据集“${dataset}”）：`);
  for (const match of matches) print(`  ${describeMatch(match)}`);
  const missing = missingColumnsMessage(context, matches);
  if (missing !== null) throw new CliError(`${missing}\n请用 --map 模板列=表头 指定对应的表头（“--map 模板列=”表示台账中没有此列）。`);
  if (workspace && maps.length > 0) {
    saveColumnMapping(workspace, { ...layout, mapping: matches.map(({ column, header }) => ({ column, header })) });
    print(`已在工作区记住这份列对应关系：模板“${template.name}”遇到表头相同的“${table.source.fileName}”时直接使用`);
  }
  return matches;
}

function openCliWorkspace(folder: string): Workspace {
  try {
    return openWorkspace(path.resolve(folder));
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  }
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export async function runRender(argv: string[], print: (line: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      template: { type: 'string' },
      data: { type: 'string' },
      sheet: { type: 'string' },
      encoding: { type: 'string' },
      dataset: { type: 'string' },
      set: { type: 'string', multiple: true },
      map: { type: 'string', multiple: true },
      today: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'font-profile': { type: 'string' },
      workspace: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    print(renderHelp);
    return 0;
  }
  if (positionals.length > 0) throw new CliError(`多余的参数：${positionals.join(' ')}\n${renderHelp}`, 2);
  if (!values.template) throw new CliError(`请用 --template 指定模板编号（gongwen templates 列出全部）。`, 2);
  if (!values.output) throw new CliError(`请用 -o 指定输出的 .docx 文件。`, 2);
  if (!values.output.toLowerCase().endsWith('.docx')) throw new CliError(`输出文件应以 .docx 结尾：${values.output}`, 2);
  const profile = values['font-profile'] ?? 'classic';
  if (!(fontProfileIds as readonly string[]).includes(profile)) throw new CliError(`未知的字体方案“${profile}”，可选：${fontProfileIds.join('、')}`, 2);
  if (values.encoding !== undefined && !(encodingChoices as readonly string[]).includes(values.encoding))
    throw new CliError(`未知的编码“${values.encoding}”，可选：${encodingChoices.join('、')}`, 2);
  const date = values.today ?? today();
  if (!isValidIsoDate(date)) throw new CliError(`--today 应写成 YYYY-MM-DD：${date}`, 2);
  if (values.data === undefined && (values.sheet !== undefined || values.dataset !== undefined || values.encoding !== undefined || values.map !== undefined))
    throw new CliError('--sheet、--dataset、--encoding 和 --map 要与 --data 一起使用', 2);
  const maps = parseMaps(values.map ?? []);

  const pack = await loadBuiltinPack();
  const template = pack.templates.find((t) => t.id === values.template);
  if (!template) {
    const broken = pack.problems.map((p) => `\n${p.message}`).join('');
    throw new CliError(`没有编号为“${values.template}”的模板。可用：${pack.templates.map((t) => t.id).join('、')}${broken}`, 2);
  }
  const sample = sampleMergeInput(template, date, pack.laws ?? undefined);
  const datasets = new Map<string, MergeTable>(sample.datasets);
  let fieldValues = new Map(sample.values);
  if (values.data !== undefined) {
    let imported;
    try {
      imported = await importDataFile(values.data, {
        ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
        ...(values.encoding !== undefined ? { encoding: values.encoding as EncodingChoice } : {}),
      });
    } catch (error) {
      if (error instanceof DataImportError) throw new CliError(error.message);
      throw error;
    }
    const headers = imported.table.columns.map((c) => c.name);
    const name = targetDataset(template, headers, values.dataset, values.data);
    const workspace = values.workspace === undefined ? null : openCliWorkspace(values.workspace);
    try {
      const matches = mapColumns(template, name, imported.table, maps, workspace, print);
      datasets.set(name, applyMapping(imported.table, name, matches));
    } catch (error) {
      if (error instanceof AppError) throw new CliError(error.message);
      throw error;
    } finally {
      workspace?.close();
    }
    fieldValues = new Map();
    for (const note of imported.notes) print(`提示：${note}`);
    for (const other of datasetsUsed(template).filter((n) => n !== name)) print(`提示：台账“${other}”未提供，使用了模板的示例数据`);
    print(`台账“${path.basename(values.data)}”用作数据集“${name}”（${imported.table.rows.length} 行）`);
  }
  for (const [key, value] of parseSets(values.set ?? [], template)) fieldValues.set(key, value);

  const { document, issues } = mergeTemplate(template, { ...sample, values: fieldValues, datasets });
  for (const issue of issues) print(`提示：${issue}`);
  const bytes = await writeDocx(document, { fontProfile: profile as FontProfileId });
  const target = path.resolve(values.output);
  await writeOutput(target, bytes);
  print(`已生成：${target}（模板“${template.name}”，${bytes.length} 字节）`);
  return 0;
}
