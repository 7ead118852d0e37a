/**
 * Reads and checks a whole pack without writing anything: the archive under limits, the
 * manifest, every file against the manifest's size and SHA-256, the signature, then each
 * file against its schema. A pack that fails any check is refused with a message naming
 * the entry; one that passes may still carry warnings (unsigned, or signed by a publisher
 * not on the trusted list) that the person installing it has to accept.
 */
import { createHash } from 'node:crypto';
import { parsePackContents, parsePackJson, type PackContents } from '../../core/pack/pack-contents.ts';
import { PackError } from '../../core/pack/pack-error.ts';
import { PackManifestSchema, manifestPath, type PackManifest } from '../../core/pack/pack-manifest.ts';
import type { PackSignatureCheck } from '../../core/pack/pack-summary.ts';
import { manifestFileProblems } from '../../core/pack/verify-files.ts';
import { keyId, signatureIsValid } from './pack-signing.ts';
import { readZipEntries } from './read-zip.ts';
import type { TrustedPublisher } from './trusted-publishers.ts';

export interface PackReading {
  manifest: PackManifest;
  manifestBytes: Uint8Array;
  contents: PackContents;
  signature: PackSignatureCheck;
  /** What the person installing must accept first; empty for a pack signed by a trusted publisher. */
  warnings: string[];
}

export interface ReadPackOptions {
  /** Shown in messages: the file's name. */
  fileLabel: string;
  trusted: readonly TrustedPublisher[];
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export async function readPack(bytes: Uint8Array, { fileLabel, trusted }: ReadPackOptions): Promise<PackReading> {
  const { files } = await readZipEntries(bytes, fileLabel);
  const manifestBytes = files.get(manifestPath);
  if (!manifestBytes) throw new PackError(`“${fileLabel}”中没有清单 ${manifestPath}，不是模板包`);
  const manifest = parsePackJson(manifestPath, manifestBytes, PackManifestSchema);
  files.delete(manifestPath);
  const actual = [...files].map(([path, data]) => ({ path, size: data.length, sha256: sha256Hex(data) }));
  const problems = manifestFileProblems(manifest, actual);
  if (problems.length > 0) throw new PackError(problems.join('\n'));
  const signature = checkSignature(manifest, trusted);
  const contents = parsePackContents(files);
  return { manifest, manifestBytes, contents, signature, warnings: signatureWarnings(manifest, signature) };
}

function checkSignature(manifest: PackManifest, trusted: readonly TrustedPublisher[]): PackSignatureCheck {
  if (!manifest.signature) return { status: 'unsigned', keyId: null, trustedAs: null };
  const id = keyId(manifest.signature.publicKey);
  if (!signatureIsValid(manifest)) throw new PackError(`清单 manifest.json 的签名无效（密钥 ${id}）：模板包在签名后被改动过，或签名是伪造的`);
  const publisher = trusted.find((entry) => entry.publicKey === manifest.signature?.publicKey);
  return publisher ? { status: 'trusted', keyId: id, trustedAs: publisher.name } : { status: 'untrusted', keyId: id, trustedAs: null };
}

function signatureWarnings(manifest: PackManifest, signature: PackSignatureCheck): string[] {
  if (signature.status === 'unsigned') return [`模板包“${manifest.name}”没有签名，无法确认它确实来自“${manifest.publisher}”且未被改动`];
  if (signature.status === 'untrusted') return [`模板包“${manifest.name}”的签名有效，但签名密钥 ${signature.keyId} 不在受信任的发布单位之列`];
  return [];
}
