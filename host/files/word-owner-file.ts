/**
 * Word and WPS mark a document they hold open with a hidden owner file beside it: `~$` + the name,
 * with its first one or two characters dropped once the name is long (OfficeReport.docx → ~$ficeReport.docx).
 * Which rule applies has varied across versions, so every form counts.
 */
import { access } from 'node:fs/promises';
import path from 'node:path';

export function wordOwnerFileNames(fileName: string): string[] {
  const chars = Array.from(fileName);
  return [...new Set([0, 1, 2].map((drop) => `~$${chars.slice(drop).join('')}`))];
}

export async function heldByWord(file: string): Promise<boolean> {
  const folder = path.dirname(file);
  for (const owner of wordOwnerFileNames(path.basename(file))) {
    try {
      await access(path.join(folder, owner));
      return true;
    } catch {
      // No owner file of this form.
    }
  }
  return false;
}
