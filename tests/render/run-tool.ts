/** Runs an external program (soffice, poppler) with a timeout and a Chinese error that names the program and the file. */
import { execFile } from 'node:child_process';

export interface ToolResult {
  stdout: Buffer;
  stderr: string;
}

export interface ToolOptions {
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  /** What the call works on, for the error message. */
  subject: string;
}

export function runTool(program: string, args: readonly string[], options: ToolOptions): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    execFile(program, args, { encoding: 'buffer', timeout: options.timeoutMs, killSignal: 'SIGKILL', maxBuffer: 512 * 1024 * 1024, env: options.env ?? process.env }, (error, stdout, stderr) => {
      const errText = stderr.toString('utf8');
      if (!error) return resolve({ stdout, stderr: errText });
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return reject(new Error(`找不到程序 ${program}（处理 ${options.subject} 时）；请先安装（Debian：见 tests/render/README 所列软件包）`));
      if (error.killed) return reject(new Error(`${program} 处理 ${options.subject} 超过 ${Number((options.timeoutMs / 1000).toFixed(1))} 秒未完成，已终止`));
      reject(new Error(`${program} 处理 ${options.subject} 失败（退出码 ${String(error.code)}）：${errText.trim().slice(0, 2000)}`));
    });
  });
}
