/** `gongwen export <doc.json> -o out.docx`: a document in the project's JSON format → .docx. */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeDocx } from '../../core/docx/write-docx.ts';
import { fontProfileIds, type FontProfileId } from '../../core/layout/font-profiles.ts';
import { GongwenDocumentSchema } from '../../core/model/document.ts';
import { describeIssues } from '../../core/validation/zod.ts';
import { atomicWrite } from '../../host/files/atomic-write.ts';
import { describeFileError } from '../../host/files/describe-file-error.ts';
import { CliError } from '../cli-error.ts';

export const exportHelp = `用法：gongwen export <文档.json> -o <输出.docx> [--font-profile classic|windows|xinchuang] [--workspace 目录]

把本项目 JSON 格式的公文导出为符合 GB/T 9704-2012 的 Word 文件。`;

export async function runExport(argv: string[], print: (line: string) => void): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      'font-profile': { type: 'string' },
      workspace: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return print(exportHelp);
  const input = positionals[0];
  if (!input || positionals.length > 1) throw new CliError(`请给出一个输入文件。\n${exportHelp}`, 2);
  if (!values.output) throw new CliError(`请用 -o 指定输出的 .docx 文件。\n${exportHelp}`, 2);
  if (!values.output.toLowerCase().endsWith('.docx')) throw new CliError(`输出文件应以 .docx 结尾：${values.output}`, 2);
  const profile = values['font-profile'] ?? 'classic';
  if (!(fontProfileIds as readonly string[]).includes(profile)) throw new CliError(`未知的字体方案“${profile}”，可选：${fontProfileIds.join('、')}`, 2);

  const document = await readDocument(input);
  const bytes = await writeDocx(document, { fontProfile: profile as FontProfileId });
  const target = path.resolve(values.output);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await atomicWrite(target, bytes);
  } catch (error) {
    throw new CliError(describeFileError(error, target).message);
  }
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
