/** `gongwen format <草稿.txt|.docx> -o out.docx`: 一键排版 — import a draft, then export it to GB/T 9704. */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeDocx } from '../../core/docx/write-docx.ts';
import { CliError } from '../cli-error.ts';
import { refuseGaps } from '../gap-guard.ts';
import { docxTarget, fontProfileOption, writeOutput } from '../docx-output.ts';
import { importForCli, summary } from './import.ts';

export const formatHelp = `用法：gongwen format <草稿.txt|草稿.docx> -o <输出.docx> [--font-profile classic|windows|xinchuang] [--workspace 目录] [--allow-gaps]

一键排版：识别草稿的结构（同 gongwen import），直接导出符合 GB/T 9704-2012 的 Word 文件，文字一字不改。
草稿中还有待填的空缺（×、××、【单位名称】、XX月XX日、＿＿＿、“某某”）时不导出、列出各处并以代码 1 退出；
加 --allow-gaps 则照样导出。`;

export async function runFormat(argv: string[], print: (line: string) => void): Promise<number> {
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
  if (values.help) {
    print(formatHelp);
    return 0;
  }
  const input = positionals[0];
  if (!input || positionals.length > 1) throw new CliError(`请给出一个草稿文件。\n${formatHelp}`, 2);
  const target = docxTarget(values.output, formatHelp);
  const fontProfile = fontProfileOption(values['font-profile']);
  if (target === path.resolve(input)) throw new CliError(`输出文件不能与草稿相同：${values.output}；请另取一个文件名，以免覆盖草稿`, 2);

  const { document, messages } = await importForCli(input);
  refuseGaps(document, input, values['allow-gaps']);
  const bytes = await writeDocx(document, { fontProfile });
  await writeOutput(target, bytes);
  for (const message of messages) print(`提示：${message}`);
  print(`已排版：${target}（${summary(document)}，${bytes.length} 字节）`);
  return 0;
}
