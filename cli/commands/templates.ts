/** `gongwen templates [--json]`: the built-in templates with id, name, family and version; bad pack files are named. */
import { parseArgs } from 'node:util';
import { loadBuiltinPack } from '../../host/templates/builtin-pack.ts';

export const templatesHelp = `用法：gongwen templates [--json] [--workspace 目录]

列出内置模板：编号、名称、类别和版本。用 gongwen render --template <编号> 按模板生成公文。

选项：
  --json   以 JSON 输出（含说明、文种和版式）`;

/** Pads by display width: a Chinese character takes two columns in a terminal. */
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(1, width - [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0)));

export async function runTemplates(argv: string[], print: (line: string) => void): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, workspace: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    print(templatesHelp);
    return 0;
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
