/** `gongwen web [--port N]`: the whole UI in a browser, served with the same API on 127.0.0.1. */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDispatch } from '../../host/api/dispatch.ts';
import { createHandlers } from '../../host/create-handlers.ts';
import { defaultExportDir } from '../../host/files/user-data-dir.ts';
import { builtinPackDir } from '../../host/templates/builtin-pack.ts';
import { CliError } from '../cli-error.ts';
import { appVersion, projectRoot } from '../project-root.ts';
import { startWebServer } from '../web/server.ts';
import { ensureRendererBuilt } from '../web/renderer-build.ts';

export const webHelp = `用法：gongwen web [--port 端口] [--export-dir 目录] [--workspace 目录]

在本机 127.0.0.1 上启动浏览器版界面（无需 Electron），打印要打开的地址。
每次启动生成新的访问令牌；地址中已包含令牌。按 Ctrl+C 停止。`;

export async function runWeb(argv: string[], print: (line: string) => void, workspaceDir: string): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'export-dir': { type: 'string' },
      workspace: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return print(webHelp);
  const port = values.port === undefined ? 5170 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`端口应为 0–65535 的整数：${values.port}`, 2);

  const staticDir = await ensureRendererBuilt(projectRoot, print);
  const handlers = createHandlers({
    version: appVersion,
    mode: 'web',
    workspaceDir,
    exportDir: path.resolve(values['export-dir'] ?? defaultExportDir()),
    templatesDir: builtinPackDir,
  });
  const token = randomBytes(24).toString('base64url');
  let server;
  try {
    server = await startWebServer({ dispatch: createDispatch(handlers), staticDir, token, port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`端口 ${port} 已被占用，请用 --port 指定其他端口（0 表示自动选择）。`);
    throw error;
  }
  print(`公文工作台（浏览器版）已启动，请在浏览器中打开：\n${server.url}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
