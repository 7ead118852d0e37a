/**
 * Publishes a folder of packs: reads every .gwpack in it (each checked in full) and writes
 * gwpack-index.json beside them, so desktops reading the folder or the web server that serves
 * it can list the packs without downloading each one.
 */
import path from 'node:path';
import { encodePackIndex, packIndexFileName, packIndexFormatVersion, type PackIndex } from '../../core/pack/pack-index.ts';
import { atomicWrite } from '../files/atomic-write.ts';
import { scanPackFolder, type FolderScan } from './scan-pack-folder.ts';

export async function writePackIndex(folder: string, generated: string): Promise<{ index: PackIndex; scan: FolderScan; file: string }> {
  const scan = await scanPackFolder(folder);
  const index: PackIndex = { formatVersion: packIndexFormatVersion, generated, packs: scan.entries };
  const file = path.join(folder, packIndexFileName);
  await atomicWrite(file, encodePackIndex(index));
  return { index, scan, file };
}
