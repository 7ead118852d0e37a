/** `gongwen check file.docx [--json]`: GB/T 9704 conformance findings for any .docx, exit 1 when any is an error. */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkDocx } from '../../core/check/check-docx.ts';
import { severityLabels, type Finding } from '../../core/check/finding.ts';
import { DocxReadError } from '../../core/docx-read/docx-read-error.ts';
import { describeFileError } from '../../host/files/describe-file-error.ts';
import { CliError } from '../cli-error.ts';

export const checkHelp = `用法：gongwen check <文件.docx> [--json]

按 GB/T 9704-2012《党政机关公文格式》检查 Word 文件（本软件导出的、Word 或 WPS 编辑的均可）：
页面与版心、每页行数和每行字数、页码、各要素字体字号、颜色、缩进、发文字号、日期、标题、主送机关、
结构层次序数、附件说明、署名和成文日期、版记、标点符号。

每条结果一行：级别（错误/警告/提示）、位置（段落序号和开头文字）、说明。
  --json   以 JSON 数组输出，每项含 rule、severity、message、location

退出状态：有“错误”时为 1，否则为 0；用法不对或文件无法读取时为 2。`;

function locationOf(finding: Finding): string {
  const { paragraph, excerpt, part } = finding.location;
  if (paragraph !== null) return `第 ${paragraph} 段${excerpt ? `“${excerpt}”` : '（空行）'}`;
  if (/footer/.test(part)) return `页脚${excerpt ? `“${excerpt}”` : ''}（${part}）`;
  return excerpt ? `“${excerpt}”` : '全文';
}

export function formatFinding(finding: Finding): string {
  return `${severityLabels[finding.severity]}  ${locationOf(finding)}：${finding.message}〔${finding.rule}〕`;
}

async function readInput(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new CliError(describeFileError(error, file, 'read').message, 2);
  }
}

export async function runCheck(argv: string[], print: (line: string) => void): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, workspace: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    print(checkHelp);
    return 0;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new CliError(`请给出一个要检查的 .docx 文件。\n${checkHelp}`, 2);

  const bytes = await readInput(file);
  let findings: Finding[];
  try {
    findings = checkDocx(bytes);
  } catch (error) {
    if (error instanceof DocxReadError) throw new CliError(`无法检查“${file}”：${error.message}`, 2);
    throw new CliError(`检查“${file}”时出错：${error instanceof Error ? error.message : String(error)}`, 2);
  }

  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  if (values.json) print(JSON.stringify(findings, null, 2));
  else {
    for (const finding of findings) print(formatFinding(finding));
    print(findings.length === 0 ? `“${file}”：未发现不符合 GB/T 9704-2012 的问题。` : `“${file}”：${count('error')} 个错误，${count('warning')} 个警告，${count('info')} 个提示。`);
  }
  return count('error') > 0 ? 1 : 0;
}
