/**
 * `gongwen templates [--json]`: the built-in templates with id, name, family and version; bad pack
 * files are named. `gongwen templates lint <文件|编号>` runs the template lint.
 */
import { parseArgs } from 'node:util';
import { loadBuiltinPack } from '../../host/templates/builtin-pack.ts';
import { runTemplatesLint } from './templates-lint.ts';

export const templatesHelp = `用法：gongwen templates [--json] [--workspace 目录]
      gongwen templates lint <模板文件.json|模板编号> [--json] [--workspace 目录]

列出内置模板：编号、名称、类别和版本。用 gongwen render --template <编号> 按模板生成公文。

lint 检查一个模板：引用了未声明的字段、台账示例中没有的列、空的重复段落、
文种应有而缺少的部分、会印进公文的写作提示。有错误时退出码为 1（导出模板包时也会拒绝）。
模板编号可以是内置模板，也可以是工作区中已安装的模板包和本单位模板里的模板。

选项：
  --json   以 JSON 输出（含说明、文种和版式；lint 输出每条发现）`;

/** Pads by display width: a Chinese character takes two columns in a terminal. */
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(1, width - [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0)));

export async function runTemplates(argv: string[], print: (line: string) => void, workspaceDir: string): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, workspace: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    print(templatesHelp);
    return 0;
  }
  if (positionals[0] === 'lint') return runTemplatesLint(positionals[1], values.json === true, print, workspaceDir);
  if (positionals.length > 0) {
    print(templatesHelp);
    return 2;
  }
  const { templates, problems } = await loadBuiltinPack();
  if (values.json) {
    const list = templates.map(({ id, name, family, version, description, genre, form }) => ({ id, name, family, version, description, genre, form }));
    print(JSON.stringify({ templates: list, problems }, null, 2));
  } else {
    print(`${pad('编号', 28)}${pad('名称', 30)}${pad('类别', 12)}版本`);
    for (const t of templates) print(`${pad(t.id, 28)}${pad(t.name, 30)}${pad(t.family, 12)}${t.version}`);
    for (const problem of problems) print(`错误：${problem.message}`);
  }
  return problems.length > 0 ? 1 : 0;
}
