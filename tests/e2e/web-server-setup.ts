/**
 * Starts `gongwen web` once for the browser suite, on a free port with its own workspace
 * and export folder, and hands the printed URL (with its token) to the tests.
 */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface GongwenWeb {
  url: string;
  stop: () => Promise<void>;
}

/** Also used by specs that need a server on a workspace they prepared themselves. */
export async function startGongwenWeb(workspace: string, exportDir: string): Promise<GongwenWeb> {
  const child = spawn(process.execPath, ['bin/gongwen.mjs', 'web', '--port', '0', '--workspace', workspace, '--export-dir', exportDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`gongwen web 未在 120 秒内启动：\n${output}`)), 120_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`gongwen web 退出（${code}）：\n${output}`)));
  });
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
    },
  };
}

export default async function setUp(): Promise<() => Promise<void>> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'gongwen-e2e-'));
  const exportDir = path.join(root, 'exports');
  const web = await startGongwenWeb(path.join(root, 'workspace'), exportDir);
  process.env.E2E_APP_URL = web.url;
  process.env.E2E_EXPORT_DIR = exportDir;
  return web.stop;
}
