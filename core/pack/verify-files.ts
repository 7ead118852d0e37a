/**
 * The manifest and the archive must agree exactly: every file listed is present with the
 * listed size and SHA-256, and nothing is present that is not listed. Hashes are computed
 * by the host; this only compares.
 */
import { entryNameProblem, nameCollisions } from './entry-names.ts';
import type { PackFile, PackManifest } from './pack-manifest.ts';

export function manifestFileProblems(manifest: PackManifest, actual: readonly PackFile[]): string[] {
  const problems: string[] = [];
  const listed = new Map<string, PackFile>();
  for (const file of manifest.files) {
    const nameProblem = entryNameProblem(file.path);
    if (nameProblem) problems.push(`清单 manifest.json 列出的${nameProblem}`);
    if (listed.has(file.path)) problems.push(`清单 manifest.json 把“${file.path}”列了两次`);
    listed.set(file.path, file);
  }
  problems.push(...nameCollisions([...listed.keys()]).map((problem) => `清单 manifest.json：${problem}`));
  const present = new Set<string>();
  for (const file of actual) {
    present.add(file.path);
    const expected = listed.get(file.path);
    if (!expected) problems.push(`压缩包条目“${file.path}”不在清单 manifest.json 中`);
    else if (expected.size !== file.size) problems.push(`压缩包条目“${file.path}”有 ${file.size} 字节，清单写的是 ${expected.size} 字节`);
    else if (expected.sha256 !== file.sha256) problems.push(`压缩包条目“${file.path}”的 SHA-256 与清单不符，文件可能被改动过`);
  }
  for (const path of listed.keys()) if (!present.has(path)) problems.push(`清单 manifest.json 列出的“${path}”在压缩包中不存在`);
  return problems;
}
