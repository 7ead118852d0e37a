/**
 * Writes a pack byte-for-byte reproducibly: the same contents and manifest fields always give
 * the same file, on any machine and in any time zone — entries sorted with the manifest first,
 * stored uncompressed (deflate output may differ between zlib builds), one fixed DOS timestamp
 * with no extended-time field, fixed permissions. Ed25519 signatures are deterministic, so a
 * signed pack is reproducible too.
 */
import yazl from 'yazl';
import { AppError } from '../../core/api/errors.ts';
import { packContentFiles, type PackContents } from '../../core/pack/pack-contents.ts';
import { PackManifestSchema, manifestPath, packFormatVersion, type PackManifest, type UnsignedManifest } from '../../core/pack/pack-manifest.ts';
import { describeIssues } from '../../core/validation/zod.ts';
import { signManifest } from './pack-signing.ts';
import { sha256Hex } from './read-pack.ts';

export interface PackMeta {
  id: string;
  name: string;
  version: string;
  publisher: string;
  created: string;
  description?: string;
}

/** Built from local calendar fields, so yazl's local-time DOS encoding gives 1980-01-01 00:00 everywhere. */
const fixedTime = () => new Date(1980, 0, 1, 0, 0, 0);
const entryOptions = () => ({ mtime: fixedTime(), mode: 0o100644, compress: false, forceDosTimestamp: true });

export function packManifest(meta: PackMeta, contents: PackContents, privateKeyPem?: string): PackManifest {
  const files = packContentFiles(contents).map(({ path, bytes }) => ({ path, size: bytes.length, sha256: sha256Hex(bytes) }));
  const draft: UnsignedManifest = {
    formatVersion: packFormatVersion,
    id: meta.id,
    name: meta.name,
    version: meta.version,
    publisher: meta.publisher,
    created: meta.created,
    ...(meta.description ? { description: meta.description } : {}),
    files,
  };
  const parsed = PackManifestSchema.safeParse(draft);
  if (!parsed.success) throw new AppError('BAD_ARGUMENTS', `模板包信息不正确：\n${describeIssues(parsed.error)}`);
  return privateKeyPem ? signManifest(draft, privateKeyPem) : draft;
}

export async function writePack(meta: PackMeta, contents: PackContents, privateKeyPem?: string): Promise<Uint8Array> {
  const manifest = packManifest(meta, contents, privateKeyPem);
  const zip = new yazl.ZipFile();
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), manifestPath, entryOptions());
  for (const { path, bytes } of packContentFiles(contents)) zip.addBuffer(Buffer.from(bytes), path, entryOptions());
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
