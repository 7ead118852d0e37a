/** The `gongwen` command. Each subcommand lives in cli/commands/; this file only routes. */
import path from 'node:path';
import { defaultUserDataDir } from '../host/files/user-data-dir.ts';
import { CliError } from './cli-error.ts';
import { batchHelp, runBatchCommand } from './commands/batch.ts';
import { checkHelp, runCheck } from './commands/check.ts';
import { dataHelp, runData } from './commands/data.ts';
import { exportHelp, runExport } from './commands/export.ts';
import { formatHelp, runFormat } from './commands/format.ts';
import { importHelp, runImport } from './commands/import.ts';
import { packHelp, runPack } from './commands/pack.ts';
import { renderHelp, runRender } from './commands/render.ts';
import { reviewHelp, runReview } from './commands/review.ts';
import { runTemplates, templatesHelp } from './commands/templates.ts';
import { runWeb, webHelp } from './commands/web.ts';
import { appVersion } from './project-root.ts';

const commands = {
  export: { summary: '把 JSON 格式的公文导出为 .docx', help: exportHelp, run: (argv: string[], print: Print) => runExport(argv, print) },
  import: { summary: '把 .txt/.docx 草稿识别为结构化公文（JSON）', help: importHelp, run: (argv: string[], print: Print) => runImport(argv, print) },
  format: { summary: '一键排版：把 .txt/.docx 草稿直接排成符合 GB/T 9704 的 .docx', help: formatHelp, run: (argv: string[], print: Print) => runFormat(argv, print) },
  check: { summary: '按 GB/T 9704-2012 检查任意 .docx（有错误时退出码为 1）', help: checkHelp, run: (argv: string[], print: Print) => runCheck(argv, print) },
  templates: {
    summary: '列出内置模板；lint 检查一个模板',
    help: templatesHelp,
    run: (argv: string[], print: Print, workspace: string) => runTemplates(argv, print, workspace),
  },
  render: { summary: '用模板和台账（或模板的示例数据）生成 .docx', help: renderHelp, run: (argv: string[], print: Print) => runRender(argv, print) },
  batch: {
    summary: '按单位批量生成建议书或整改通知书（各带文号和送达回证），另出合并打印文件和差异报告',
    help: batchHelp,
    run: (argv: string[], print: Print, workspace: string) => runBatchCommand(argv, print, workspace),
  },
  review: { summary: '导出送审稿；读回领导审阅的 .docx，按部分和段落列出批注、修订和改动', help: reviewHelp, run: (argv: string[], print: Print) => runReview(argv, print) },
  data: { summary: '查看台账文件：编码、工作表、表头行、列类型', help: dataHelp, run: (argv: string[], print: Print) => runData(argv, print) },
  pack: {
    summary: '模板包：检查、安装、导出、回退，签名与受信任的发布单位',
    help: packHelp,
    run: (argv: string[], print: Print, workspace: string) => runPack(argv, print, workspace),
  },
  web: { summary: '在浏览器中打开界面（本机 127.0.0.1，带访问令牌）', help: webHelp, run: (argv: string[], print: Print, workspace: string) => runWeb(argv, print, workspace) },
} as const;

type Print = (line: string) => void;

const usage = `公文工作台命令行 ${appVersion}

用法：gongwen <命令> [选项]

命令：
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(10)}${command.summary}`)
  .join('\n')}

通用选项：
  --workspace 目录   工作区目录（默认：应用的用户数据目录）
  -h, --help         显示帮助

“gongwen <命令> --help” 查看各命令的用法。`;

export function workspaceFrom(argv: string[]): string {
  const index = argv.findIndex((arg) => arg === '--workspace' || arg.startsWith('--workspace='));
  if (index === -1) return defaultUserDataDir();
  const arg = argv[index] ?? '';
  const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[index + 1];
  if (!value) throw new CliError('--workspace 需要一个目录。', 2);
  return path.resolve(value);
}

export async function main(argv: string[], print: Print = console.log): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    print(usage);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    print(appVersion);
    return 0;
  }
  if (!Object.hasOwn(commands, name)) {
    console.error(`未知命令“${name}”。\n\n${usage}`);
    return 2;
  }
  try {
    const workspace = workspaceFrom(rest);
    const code = await commands[name as keyof typeof commands].run(rest, print, workspace);
    return typeof code === 'number' ? code : 0;
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`错误：${error.message}`);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`错误：参数不正确：${error.message}`);
      return 2;
    }
    throw error;
  }
}
