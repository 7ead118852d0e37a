import { describe, expect, it } from 'vitest';
import { runTool } from './run-tool.ts';

describe('runTool', () => {
  it('returns stdout as bytes', async () => {
    const { stdout } = await runTool('node', ['-e', 'process.stdout.write("版心")'], { timeoutMs: 10_000, subject: '测试' });
    expect(stdout.toString('utf8')).toBe('版心');
  });

  it('names the program and the file when the program is missing', async () => {
    await expect(runTool('gongwen-no-such-program', [], { timeoutMs: 1_000, subject: 'a.pdf' })).rejects.toThrow(/找不到程序 gongwen-no-such-program（处理 a.pdf 时）/);
  });

  it('kills a program that runs past the timeout', async () => {
    await expect(runTool('node', ['-e', 'setTimeout(() => {}, 10_000)'], { timeoutMs: 300, subject: 'b.docx' })).rejects.toThrow(/处理 b.docx 超过 0.3 秒未完成/);
  });

  it('reports the exit code and stderr of a failing program', async () => {
    await expect(runTool('node', ['-e', 'console.error("坏文件"); process.exit(3)'], { timeoutMs: 10_000, subject: 'c.pdf' })).rejects.toThrow(/失败（退出码 3）：坏文件/);
  });
});
