/**
 * Small preferences kept in the workspace folder (preferences.json), shared by the desktop
 * app and `gongwen web`. Each save also leaves a copy in preferences.backup.json. A damaged
 * file is reported and left as it is, never reset silently; at start, recoverPreferences puts
 * the copy back and keeps the damaged file under a new name.
 */
import { mkdir, readFile, rename, stat } from 'node:fs/promises';
import path from 'node:path';
import { PreferencesSchema, defaultPreferences, describePreferenceIssues, type Preferences } from '../../core/api/preferences.ts';
import { AppError } from '../../core/api/errors.ts';
import { atomicWrite } from '../files/atomic-write.ts';
import { describeFileError } from '../files/describe-file-error.ts';
import { fileStamp, localTime } from '../files/local-time.ts';

export const preferencesFileName = 'preferences.json';
export const preferencesBackupName = 'preferences.backup.json';

export async function readPreferences(workspaceDir: string): Promise<Preferences> {
  return readPreferencesFile(path.join(workspaceDir, preferencesFileName));
}

async function readPreferencesFile(file: string): Promise<Preferences> {
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
    const bytes = new TextEncoder().encode(`${JSON.stringify(preferences, null, 2)}\n`);
    // The copy first: when it cannot be written, preferences.json is left as it was.
    await atomicWrite(path.join(workspaceDir, preferencesBackupName), bytes);
    await atomicWrite(file, bytes);
  } catch (error) {
    const problem = describeFileError(error, file);
    throw new AppError(problem.code, problem.message);
  }
  return preferences;
}

/**
 * When preferences.json cannot be read but the copy of the last save can, the damaged file is
 * renamed (never deleted), the copy put back, and the sentence to tell the writer returned.
 * Null when there was nothing to recover, or nothing good to recover from (then reading keeps
 * reporting the damage).
 */
export async function recoverPreferences(workspaceDir: string, now = new Date().toISOString()): Promise<string | null> {
  const file = path.join(workspaceDir, preferencesFileName);
  const backup = path.join(workspaceDir, preferencesBackupName);
  try {
    await readPreferencesFile(file);
    return null;
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'BAD_DOCUMENT') return null;
  }
  let savedAt: string;
  let bytes: Buffer;
  try {
    await readPreferencesFile(backup);
    bytes = await readFile(backup);
    savedAt = (await stat(backup)).mtime.toISOString();
  } catch {
    return null;
  }
  const aside = `${file}.corrupt-${fileStamp(now)}`;
  await rename(file, aside);
  await atomicWrite(file, bytes);
  return `设置文件已损坏，已从 ${localTime(savedAt)} 保存的副本恢复。损坏的文件已改名保留为“${path.basename(aside)}”（未删除）。`;
}
