/**
 * Where the workspace lives. The desktop app may move it (say, to a larger disk): the choice is
 * written beside the default workspace, in a small pointer file main reads before anything
 * opens the workspace, so it takes effect on the next start and never under an open database.
 */
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/api/errors.ts';
import { z } from '../../core/validation/zod.ts';
import { atomicWrite } from '../files/atomic-write.ts';
import { describeFileError } from '../files/describe-file-error.ts';

export const locationFileName = 'workspace-location.json';

const LocationSchema = z.strictObject({ folder: z.string().min(1).max(1_000) });

/** The folder chosen for the next start, or null for the default. Read synchronously: main needs it before the app is ready. */
export function readChosenFolder(pointerDir: string): string | null {
  let text: string;
  try {
    text = readFileSync(path.join(pointerDir, locationFileName), 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = LocationSchema.safeParse(JSON.parse(text));
    return parsed.success && path.isAbsolute(parsed.data.folder) ? parsed.data.folder : null;
  } catch {
    return null;
  }
}

export async function writeChosenFolder(pointerDir: string, folder: string | null): Promise<void> {
  const file = path.join(pointerDir, locationFileName);
  try {
    await mkdir(pointerDir, { recursive: true });
    await atomicWrite(file, new TextEncoder().encode(`${JSON.stringify(folder ? { folder } : {}, null, 2)}\n`));
  } catch (error) {
    const problem = describeFileError(error, file);
    throw new AppError(problem.code, problem.message);
  }
}
