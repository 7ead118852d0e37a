/** What the commands that write a file share: the -o target, the font profile option, the atomic write. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fontProfileIds, type FontProfileId } from '../core/layout/font-profiles.ts';
import { atomicWrite } from '../host/files/atomic-write.ts';
import { describeFileError } from '../host/files/describe-file-error.ts';
import { CliError } from './cli-error.ts';

/** The absolute path of a required `-o <file.docx>`. */
export function docxTarget(output: string | undefined, help: string): string {
  if (!output) throw new CliError(`请用 -o 指定输出的 .docx 文件。\n${help}`, 2);
  if (!output.toLowerCase().endsWith('.docx')) throw new CliError(`输出文件应以 .docx 结尾：${output}`, 2);
  return path.resolve(output);
}

export function fontProfileOption(value: string | undefined): FontProfileId {
  const profile = value ?? 'classic';
  if (!(fontProfileIds as readonly string[]).includes(profile)) throw new CliError(`未知的字体方案“${profile}”，可选：${fontProfileIds.join('、')}`, 2);
  return profile as FontProfileId;
}

/** Creates the folder and replaces the file atomically; failures become one Chinese message naming the file. */
export async function writeOutput(target: string, bytes: Uint8Array): Promise<void> {
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await atomicWrite(target, bytes);
  } catch (error) {
    throw new CliError(describeFileError(error, target).message);
  }
}
