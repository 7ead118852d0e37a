/** `gongwen import <草稿.txt|.docx> -o doc.json`: a plain-text or Word draft → the project's JSON document. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { GongwenDocument } from '../../core/model/document.ts';
import { DraftReadError } from '../../host/import/draft-read-error.ts';
import { importDraftFile, type ImportedDraft } from '../../host/import/import-draft.ts';
import { CliError } from '../cli-error.ts';
import { writeOutput } from '../docx-output.ts';

export const importHelp = `用法：gongwen import <草稿.txt|草稿.docx> -o <文档.json> [--workspace 目录]

识别草稿的结构——标题、副标题与讲话人、主送、一至四级标题（含段首标题）、一是/二是、附件说明、署名、
成文日期、附注、抄送与印发——保存为本项目 JSON 格式的公文，文字一字不增、不减、不改顺序。
文本文件可以是 UTF-8、GBK/GB18030 或带 BOM 的 UTF-16 编码。`;

/** Reads and imports a draft, turning every read problem into a CliError; shared with `gongwen format`. */
export async function importForCli(input: string): Promise<ImportedDraft> {
  try {
    return await importDraftFile(input);
  } catch (error) {
    if (error instanceof DraftReadError) throw new CliError(error.message);
    throw error;
  }
}

export function summary(document: GongwenDocument): string {
  const headings = document.body.filter((block) => block.type === 'heading').length;
  const parts = [document.genre, `${headings} 个标题`, `${document.body.length} 个正文段落块`];
  if (document.attachments.length > 0) parts.push(`${document.attachments.length} 个附件`);
  return parts.join('，');
}

export async function runImport(argv: string[], print: (line: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      workspace: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    print(importHelp);
    return 0;
  }
  const input = positionals[0];
  if (!input || positionals.length > 1) throw new CliError(`请给出一个草稿文件。\n${importHelp}`, 2);
  if (!values.output) throw new CliError(`请用 -o 指定输出的 .json 文件。\n${importHelp}`, 2);
  if (!values.output.toLowerCase().endsWith('.json')) throw new CliError(`输出文件应以 .json 结尾：${values.output}`, 2);

  const { document, messages } = await importForCli(input);
  const target = path.resolve(values.output);
  await writeOutput(target, new TextEncoder().encode(`${JSON.stringify(document, null, 2)}\n`));
  for (const message of messages) print(`提示：${message}`);
  print(`已导入：${target}（${summary(document)}）`);
  return 0;
}
