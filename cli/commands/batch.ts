/**
 * `gongwen batch --template <编号> --data <台账> [--units <单位名录>] [--group-by <列>] -o <目录>`:
 * one notice and one 送达回证 per unit, a combined print file (with --pdf also as PDF) and a variance report. The
 * groups and every problem are printed before anything is written; Ctrl+C cancels cleanly.
 */
import path from 'node:path';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { AppError } from '../../core/api/errors.ts';
import { applyMapping } from '../../core/data/column-mapping-apply.ts';
import { DataImportError } from '../../core/data/data-import-error.ts';
import type { BatchPlan } from '../../core/batch/batch-plan.ts';
import { unitScope } from '../../core/batch/unit-scope.ts';
import { fontProfileIds, type FontProfileId } from '../../core/layout/font-profiles.ts';
import { isValidIsoDate } from '../../core/model/iso-date.ts';
import type { MergeTable } from '../../core/template/merge-table.ts';
import type { Template } from '../../core/template/template-schema.ts';
import { batchFileNames, refuseExisting } from '../../host/batch/batch-files.ts';
import { previewBatch, runBatch } from '../../host/batch/run-batch.ts';
import { encodingChoices, type EncodingChoice } from '../../host/data/decode-table-text.ts';
import { importDataFile } from '../../host/data/import-data-file.ts';
import { docxToPdf, findSoffice, sofficeMissing } from '../../host/pdf/docx-to-pdf.ts';
import { loadBuiltinPack } from '../../host/templates/builtin-pack.ts';
import { openWorkspace, type Workspace } from '../../host/workspace/open-workspace.ts';
import { CliError } from '../cli-error.ts';
import { mapColumns, parseMaps, parseSets } from './render.ts';

export const batchHelp = `用法：gongwen batch --template <编号> --data <问题台账> [--units <单位名录>] [--group-by <列>] -o <输出目录> [--overwrite] [--pdf]

按单位批量生成建议书或整改通知书：台账按单位分组，每个单位一份通知（各取一个文号）和一份送达回证，
另生成合并打印文件（每份通知另起一页、页码各自从 1 开始）和差异报告（.xlsx）。每份通知记入发文登记簿。
生成前先列出各单位及其台账行，并报告缺单位的行、名录中没有的单位、缺少的列，有问题时不写任何文件。

选项：
  --template 编号     模板编号，如 wenti-zhenggai-tongzhishu、jijian-jiancha-jianyi
  --data 文件         问题台账：.xlsx、.xls 或 .csv/.txt
  --sheet 工作表      台账中的工作表
  --encoding 编码     文本台账的编码：${encodingChoices.join('、')}
  --units 文件        单位名录（单位全称、称谓、党组织全称等），模板从中取主送机关和称谓
  --group-by 列       台账中标明单位的列（默认按模板的筛选列，如 被巡察单位）
  --map 模板列=表头   指定台账列的对应关系，可重复
  --set 字段=值       每份通知相同的字段，可重复，如 --set 联系人=陈某
  --prefix 机关代字   文号的机关代字（默认用模板指定的序列）
  --by 姓名           经办人，记入文号登记簿（默认当前系统用户）
  --today 日期        成文日期和登记日期（YYYY-MM-DD，默认今天）
  --preview           只列出分组和问题，不生成
  -o 目录             输出目录
  --overwrite         覆盖输出目录中的同名文件（默认拒绝）
  --pdf               另用 LibreOffice 把合并打印文件转成 PDF（需安装 LibreOffice，或用环境变量 GONGWEN_SOFFICE 指定 soffice）
  --font-profile 方案 classic|windows|xinchuang
  --workspace 目录    工作区（文号登记簿、发文登记簿所在）`;

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

async function readLedger(file: string, sheet: string | undefined, encoding: string | undefined) {
  try {
    return await importDataFile(file, { ...(sheet !== undefined ? { sheet } : {}), ...(encoding !== undefined ? { encoding: encoding as EncodingChoice } : {}) });
  } catch (error) {
    if (error instanceof DataImportError) throw new CliError(error.message);
    throw error;
  }
}

function printPlan(plan: BatchPlan, print: (line: string) => void): void {
  print(`按“${plan.groupColumn}”分组：${plan.groups.length} 个单位`);
  for (const group of plan.groups) print(`  ${group.unit}：${group.rows.length} 条（台账第 ${group.rows.slice(0, 12).join('、')}${group.rows.length > 12 ? ' 等' : ''} 行）`);
  for (const note of plan.notes) print(`提示：${note}`);
  for (const problem of plan.problems) print(`问题：${problem}`);
}

export async function runBatchCommand(argv: string[], print: (line: string) => void, workspaceDir: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      template: { type: 'string' },
      data: { type: 'string' },
      sheet: { type: 'string' },
      encoding: { type: 'string' },
      units: { type: 'string' },
      'group-by': { type: 'string' },
      map: { type: 'string', multiple: true },
      set: { type: 'string', multiple: true },
      prefix: { type: 'string' },
      by: { type: 'string' },
      today: { type: 'string' },
      preview: { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      overwrite: { type: 'boolean' },
      pdf: { type: 'boolean' },
      'font-profile': { type: 'string' },
      workspace: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    print(batchHelp);
    return 0;
  }
  if (positionals.length > 0) throw new CliError(`多余的参数：${positionals.join(' ')}\n${batchHelp}`, 2);
  if (!values.template) throw new CliError('请用 --template 指定模板编号（gongwen templates 列出全部）。', 2);
  if (!values.data) throw new CliError('请用 --data 指定问题台账。', 2);
  if (!values.output && !values.preview) throw new CliError('请用 -o 指定输出目录。', 2);
  const profile = values['font-profile'] ?? 'classic';
  if (!(fontProfileIds as readonly string[]).includes(profile)) throw new CliError(`未知的字体方案“${profile}”，可选：${fontProfileIds.join('、')}`, 2);
  if (values.encoding !== undefined && !(encodingChoices as readonly string[]).includes(values.encoding))
    throw new CliError(`未知的编码“${values.encoding}”，可选：${encodingChoices.join('、')}`, 2);
  const date = values.today ?? today();
  if (!isValidIsoDate(date)) throw new CliError(`--today 应写成 YYYY-MM-DD：${date}`, 2);

  const pack = await loadBuiltinPack();
  const template = pack.templates.find((t) => t.id === values.template);
  if (!template) throw new CliError(`没有编号为“${values.template}”的模板。可用：${pack.templates.map((t) => t.id).join('、')}`, 2);
  const receipt = pack.templates.find((t) => t.family === '送达回证');
  if (!receipt) throw new CliError('内置模板包中缺少送达回证模板，无法批量生成。');
  const scope = unitScope(template);
  if (typeof scope === 'string') throw new CliError(scope, 2);
  const fields = parseSets(values.set ?? [], template);

  let workspace: Workspace;
  try {
    workspace = openWorkspace(path.resolve(values.workspace ?? workspaceDir));
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  }
  const controller = new AbortController();
  const cancel = () => {
    print('正在取消…');
    controller.abort();
  };
  process.once('SIGINT', cancel);
  try {
    const datasets = new Map<string, MergeTable>();
    const load = async (template: Template, dataset: string, file: string, maps: ReturnType<typeof parseMaps>, sheet?: string, encoding?: string) => {
      const imported = await readLedger(file, sheet, encoding);
      for (const note of imported.notes) print(`提示：${note}`);
      const matches = mapColumns(template, dataset, imported.table, maps, workspace, print);
      datasets.set(dataset, applyMapping(imported.table, dataset, matches));
      print(`“${path.basename(file)}”用作“${dataset}”（${imported.table.rows.length} 行）`);
    };
    const ledgerMaps = parseMaps(values.map ?? []);
    // A template that filters its ledger by unit reads the unit from its own column: the chosen header feeds it.
    const groupBy = values['group-by'];
    if (groupBy && scope.ledger.column) ledgerMaps.push({ column: scope.ledger.column, header: groupBy, reason: 'manual' });
    await load(template, scope.ledger.dataset, values.data, ledgerMaps, values.sheet, values.encoding);
    if (values.units && scope.directory) await load(template, scope.directory.dataset, values.units, []);
    else if (values.units) print(`提示：模板“${template.name}”不从单位名录取值，--units 未使用`);

    const fieldValues = new Map(fields);
    const plan = previewBatch(template, datasets, fieldValues, date, scope.ledger.column ? undefined : groupBy);
    printPlan(plan, print);
    if (values.preview) return plan.problems.length > 0 ? 1 : 0;
    if (plan.problems.length > 0) throw new CliError('批量生成未开始：请先处理上面列出的问题。');

    const outDir = path.resolve(values.output!);
    const soffice = values.pdf ? await findSoffice() : null;
    if (values.pdf && !soffice) throw new CliError(sofficeMissing);
    const pdfTarget = batchFileNames(outDir, template.name, []).combined.replace(/\.docx$/i, '.pdf');
    if (soffice) await refuseExisting([pdfTarget], Boolean(values.overwrite));
    const started = performance.now();
    const outcome = await runBatch({
      template,
      receipt,
      laws: pack.laws ?? undefined,
      datasets,
      values: fieldValues,
      today: date,
      outDir,
      overwrite: Boolean(values.overwrite),
      by: values.by ?? os.userInfo().username,
      workspace,
      ...(values.prefix ? { prefix: values.prefix } : {}),
      ...(groupBy && !scope.ledger.column ? { groupBy } : {}),
      fontProfile: profile as FontProfileId,
      signal: controller.signal,
      onProgress: ({ done, total, step }) => print(`[${done}/${total}] ${step}`),
    });
    const numbers = outcome.rows.map((row) => row.documentNumber);
    print(`已生成 ${outcome.rows.length} 份通知及送达回证，用时 ${((performance.now() - started) / 1000).toFixed(1)} 秒：${outDir}`);
    print(`文号：${numbers[0]} 至 ${numbers[numbers.length - 1]}；已记入发文登记簿`);
    print(`合并打印：${path.basename(outcome.files.combined)}；差异报告：${path.basename(outcome.files.report)}`);
    if (soffice) {
      print('正在用 LibreOffice 生成合并 PDF…');
      await docxToPdf(outcome.files.combined, pdfTarget, { soffice, signal: controller.signal });
      print(`合并 PDF：${path.basename(pdfTarget)}`);
    }
    return 0;
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw error;
  } finally {
    process.off('SIGINT', cancel);
    workspace.close();
  }
}
