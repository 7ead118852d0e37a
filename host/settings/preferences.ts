/**
 * Small preferences kept in the workspace folder (preferences.json), shared by the desktop
 * app and `gongwen web`. A damaged file is reported and left as it is, never reset silently.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PreferencesSchema, defaultPreferences, describePreferenceIssues, type Preferences } from '../../core/api/preferences.ts';
import { AppError } from '../../core/api/errors.ts';
import { atomicWrite } from '../files/atomic-write.ts';
import { describeFileError } from '../files/describe-file-error.ts';

export const preferencesFileName = 'preferences.json';

export async function readPreferences(workspaceDir: string): Promise<Preferences> {
  const file = path.join(workspaceDir, preferencesFileName);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return defaultPreferences;
    throw new AppError('IO_ERROR', describeFileError(error, file, 'read').message);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('BAD_DOCUMENT', `设置文件“${file}”已损坏（不是有效的 JSON），未作改动；请修复或删除后重试。`);
  }
  const parsed = PreferencesSchema.safeParse(json);
  if (!parsed.success) throw new AppError('BAD_DOCUMENT', `设置文件“${file}”内容不正确，未作改动：\n${describePreferenceIssues(parsed.error, json).join('\n')}`);
  return parsed.data;
}

export async function writePreferences(workspaceDir: string, preferences: Preferences): Promise<Preferences> {
  const file = path.join(workspaceDir, preferencesFileName);
  try {
    await mkdir(workspaceDir, { recursive: true });
    await atomicWrite(file, new TextEncoder().encode(`${JSON.stringify(preferences, null, 2)}\n`));
  } catch (error) {
    const problem = describeFileError(error, file);
    throw new AppError(problem.code, problem.message);
  }
  return preferences;
}
