/** `gongwen export <doc.json> -o out.docx`: a document in the project's JSON format → .docx. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { writeDocx } from '../../core/docx/write-docx.ts';
import { GongwenDocumentSchema } from '../../core/model/document.ts';
import { describeIssues } from '../../core/validation/zod.ts';
import { describeFileError } from '../../host/files/describe-file-error.ts';
import { CliError } from '../cli-error.ts';
import { refuseGaps } from '../gap-guard.ts';
import { docxTarget, fontProfileOption, writeOutput } from '../docx-output.ts';

export const exportHelp = `用法：gongwen export <文档.json> -o <输出.docx> [--font-profile classic|windows|xinchuang] [--workspace 目录] [--allow-gaps]

把本项目 JSON 格式的公文导出为符合 GB/T 9704-2012 的 Word 文件。
文中还有待填的空缺（×、××、【单位名称】、XX月XX日、＿＿＿、未确认的“某某”）时不导出、列出各处并以代码 1 退出；
加 --allow-gaps 则照样导出。`;

export async function runExport(argv: string[], print: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      'font-profile': { type: 'string' },
      workspace: { type: 'string' },
      'allow-gaps': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return print(exportHelp);
  const input = positionals[0];
  if (!input || positionals.length > 1) throw new CliError(`请给出一个输入文件。\n${exportHelp}`, 2);
  const target = docxTarget(values.output, exportHelp);
  const fontProfile = fontProfileOption(values['font-profile']);

  const document = await readDocument(input);
  refuseGaps(document, input, values['allow-gaps']);
  const bytes = await writeDocx(document, { fontProfile });
  await writeOutput(target, bytes);
  print(`已导出：${target}（${bytes.length} 字节）`);
}

async function readDocument(file: string) {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(describeFileError(error, file, 'read').message);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`文件“${file}”不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = GongwenDocumentSchema.safeParse(json);
  if (!parsed.success) throw new CliError(`文件“${file}”不是有效的公文文档：\n${describeIssues(parsed.error, '字段')}`);
  return parsed.data;
}
