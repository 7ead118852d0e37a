/**
 * `gongwen review`: the leader-review round trip from the command line. With -o it exports a
 * draft (or one of its named versions) from a .gwdoc for review; with a reviewed .docx it
 * lists every comment, tracked change and untracked edit with its section and paragraph.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { maxHeaderNote } from '../../core/docx/header-note.ts';
import { AppError } from '../../core/api/errors.ts';
import { DocxReadError } from '../../core/docx-read/docx-read-error.ts';
import { writeDocx } from '../../core/docx/write-docx.ts';
import { writeComparisonDocx } from '../../core/review/compare-docx.ts';
import { compareDocuments, compareReviewed, type Comparison } from '../../core/review/compare-rows.ts';
import { describeChange } from '../../core/review/describe-change.ts';
import { mapReview, type ReviewDraft, type ReviewReport } from '../../core/review/map-review.ts';
import { readReviewedDocx, type ReviewedDocx } from '../../core/review/read-reviewed-docx.ts';
import { ReviewError } from '../../core/review/review-error.ts';
import { describeFileError } from '../../host/files/describe-file-error.ts';
import { readGwdoc, type GwdocContents } from '../../host/workspace/gwdoc-file.ts';
import { CliError } from '../cli-error.ts';
import { docxTarget, fontProfileOption, writeOutput } from '../docx-output.ts';

export const reviewHelp = `用法：gongwen review <草稿.gwdoc> -o <送审稿.docx> [--version 版本名称] [--note 送审稿] [--font-profile classic|windows|xinchuang]
      gongwen review <草稿.gwdoc> <审阅稿.docx> [--json]
      gongwen review <草稿.gwdoc> <审阅稿.docx> --compare -o <修改对照.docx>
      gongwen review <草稿.gwdoc> --compare --version <原版本> [--to <新版本>] -o <修改对照.docx>

第一种：把草稿（或其中一个命名版本，如“送审稿”）导出为供领导审阅的 Word 文件。文件与普通导出
排版完全相同，另带隐藏的段落锚点和草稿编号，领导在 Word/WPS 中批注、修订后可以读回。
  --note 文字   在每页右上角版心之外注明（如“送审稿”“征求意见稿”），正文版面不变

第二种：读回领导审阅过的 .docx，逐条列出批注、修订（插入、删除、移动、格式）和未开修订时的改动，
每条注明所在部分（如“二、主要任务”）和段落、审阅人和时间。锚点丢失时按文字比对定位，
无法定位的改动单独列出。文件不是这份草稿导出的，会给出说明并以状态 1 退出。
  --json   以 JSON 输出（versionName、anchored、changes、notes）

第三种（--compare）：生成“修改对照”文档，按部分和段落列出每处改动的原文与修改后文字（删去的文字
加删除线，增加的文字加下划线），并附领导批注。给出审阅稿时，原文是送审的版本、修改后是接受全部修订
后的审阅稿；不给审阅稿时，比较草稿的两个版本：--version 为原文，--to 为修改后（省略则为当前草稿）。`;

async function readDraft(file: string): Promise<GwdocContents> {
  try {
    return await readGwdoc(file);
  } catch (error) {
    if (error instanceof AppError) throw new CliError(error.message);
    throw new CliError(describeFileError(error, file, 'read').message);
  }
}

/** The newest version of that name, null for the current draft when no name is given; an unknown name is refused naming the ones there are. */
function findVersion(contents: GwdocContents, versionName: string | undefined) {
  const { draft, versions } = contents;
  const version = versionName === undefined ? null : [...versions].reverse().find((v) => v.name === versionName);
  if (version === undefined) {
    const names = versions.map((v) => v.name);
    throw new CliError(`草稿“${draft.title}”中没有名为“${versionName}”的版本${names.length > 0 ? `，现有：${names.join('、')}` : '（还没有命名版本）'}。`);
  }
  return version;
}

function headerNote(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const note = value.trim();
  if (!note || note.length > maxHeaderNote || /[\r\n]/.test(note)) throw new CliError(`--note 应为 1 至 ${maxHeaderNote} 个字的一行文字（如“送审稿”），收到“${value}”。`, 2);
  return note;
}

async function exportForReview(contents: GwdocContents, output: string | undefined, versionName: string | undefined, options: { fontProfile: string | undefined; note: string | undefined }, print: (line: string) => void) {
  const target = docxTarget(output, reviewHelp);
  const note = headerNote(options.note);
  const { draft } = contents;
  const version = findVersion(contents, versionName);
  const bytes = await writeDocx(version?.document ?? draft.document, {
    fontProfile: fontProfileOption(options.fontProfile),
    review: { draftId: draft.id, versionId: version?.id ?? null, versionName: version?.name ?? null },
    ...(note ? { headerNote: note } : {}),
  });
  await writeOutput(target, bytes);
  print(`已导出送审稿：${target}（${version ? `版本“${version.name}”` : '当前草稿'}${note ? `，每页注“${note}”` : ''}，${bytes.length} 字节）`);
}

function readReview<T>(contents: GwdocContents, bytes: Uint8Array, file: string, read: (draft: ReviewDraft, reviewed: ReviewedDocx) => T): T {
  const { draft, versions } = contents;
  try {
    return read({ id: draft.id, title: draft.title, document: draft.document, versions }, readReviewedDocx(bytes));
  } catch (error) {
    if (error instanceof ReviewError) throw new CliError(error.message);
    if (error instanceof DocxReadError) throw new CliError(`无法读取审阅稿“${file}”：${error.message}`, 2);
    throw error;
  }
}

function printReport(report: ReviewReport, file: string, print: (line: string) => void): void {
  for (const note of report.notes) print(`说明：${note}`);
  const placed = report.changes.filter((c) => c.location !== null);
  const lost = report.changes.filter((c) => c.location === null);
  for (const change of placed) print(describeChange(change));
  if (lost.length > 0) {
    print(`未能定位的改动（${lost.length} 条）：`);
    for (const change of lost) print(`  ${describeChange(change)}`);
  }
  const against = report.versionName ? `与版本“${report.versionName}”相比` : '与当前草稿相比';
  print(report.changes.length === 0 ? `“${file}”${against}没有批注或改动。` : `“${file}”${against}共 ${report.changes.length} 处批注或改动${lost.length > 0 ? `，其中 ${lost.length} 处未能定位` : ''}。`);
}

async function readReviewed(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new CliError(describeFileError(error, file, 'read').message, 2);
  }
}

function versionComparison(contents: GwdocContents, from: string | undefined, to: string | undefined): Comparison {
  if (from === undefined) throw new CliError(`比较草稿的两个版本时，请用 --version 指定原文版本（或给出审阅稿）。\n${reviewHelp}`, 2);
  const before = findVersion(contents, from)!;
  const after = findVersion(contents, to);
  return compareDocuments(
    contents.draft.title,
    { name: `版本“${before.name}”`, document: before.document },
    { name: after ? `版本“${after.name}”` : '当前草稿', document: after?.document ?? contents.draft.document },
  );
}

async function writeComparison(comparison: Comparison, output: string | undefined, fontProfile: string | undefined, print: (line: string) => void) {
  const target = docxTarget(output, reviewHelp);
  const bytes = writeComparisonDocx(comparison, { fontProfile: fontProfileOption(fontProfile) });
  await writeOutput(target, bytes);
  const comments = comparison.comments.length > 0 ? `、${comparison.comments.length} 条批注` : '';
  print(`已生成修改对照：${target}（${comparison.beforeName} → ${comparison.afterName}，${comparison.rows.length} 处文字修改${comments}）`);
}

export async function runReview(argv: string[], print: (line: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      version: { type: 'string' },
      'font-profile': { type: 'string' },
      json: { type: 'boolean' },
      compare: { type: 'boolean' },
      to: { type: 'string' },
      note: { type: 'string' },
      workspace: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    print(reviewHelp);
    return 0;
  }
  const [draftFile, reviewedFile] = positionals;
  const comparing = values.compare === true;
  const exporting = values.output !== undefined && !comparing;
  const wanted = exporting ? 1 : comparing ? (reviewedFile === undefined ? 1 : 2) : 2;
  if (!draftFile || positionals.length !== wanted) throw new CliError(`请给出草稿（.gwdoc）${exporting || comparing ? '' : '和审阅稿（.docx）'}。\n${reviewHelp}`, 2);
  if (comparing) docxTarget(values.output, reviewHelp);
  const contents = await readDraft(draftFile);
  // A damaged draft entry was taken from the file's newest sound version: the writer must know what the review is against.
  if (!values.json) for (const note of contents.notes ?? []) print(`说明：${note}`);
  if (exporting) {
    await exportForReview(contents, values.output, values.version, { fontProfile: values['font-profile'], note: values.note }, print);
    return 0;
  }
  if (comparing && reviewedFile === undefined) {
    await writeComparison(versionComparison(contents, values.version, values.to), values.output, values['font-profile'], print);
    return 0;
  }
  const bytes = await readReviewed(reviewedFile!);
  if (comparing) {
    const comparison = readReview(contents, bytes, reviewedFile!, (draft, reviewed) => compareReviewed(draft, reviewed, path.basename(reviewedFile!)));
    await writeComparison(comparison, values.output, values['font-profile'], print);
    return 0;
  }
  const report = readReview(contents, bytes, reviewedFile!, mapReview);
  if (values.json) print(JSON.stringify({ ...report, notes: [...(contents.notes ?? []), ...report.notes] }, null, 2));
  else printReport(report, reviewedFile!, print);
  return 0;
}
