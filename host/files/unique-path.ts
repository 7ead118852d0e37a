/** Picks `name.docx`, else `name（2）.docx`, `name（3）.docx`…: an export never replaces an earlier one. */
import { access } from 'node:fs/promises';
import path from 'node:path';
import { heldByWord } from './word-owner-file.ts';

/**
 * `first` = 2 skips the plain name, for a copy beside a file that is held open; a copy also
 * steps over any name Word marks as open, since Word would save over it later.
 */
export async function uniquePath(folder: string, stem: string, extension: string, first = 1): Promise<string> {
  for (let n = first; n < 10_000; n++) {
    const candidate = path.join(folder, `${stem}${n === 1 ? '' : `（${n}）`}${extension}`);
    if (!(await exists(candidate)) && !(first > 1 && (await heldByWord(candidate)))) return candidate;
  }
  throw new Error(`文件夹中同名文件过多：${folder}`);
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}
