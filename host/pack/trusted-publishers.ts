/**
 * The publishers whose signing keys this workspace trusts, kept in `packs/trusted-publishers.json`.
 * A pack signed by one of them installs without a warning; any other pack needs the person
 * installing it to accept the warning first.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/api/errors.ts';
import { PublicKeySchema } from '../../core/pack/pack-manifest.ts';
import { describeIssues, z } from '../../core/validation/zod.ts';
import { atomicWrite } from '../files/atomic-write.ts';
import { describeFileError } from '../files/describe-file-error.ts';
import { packsDir } from './pack-store.ts';

export const TrustedPublisherSchema = z.strictObject({ name: z.string().trim().min(1, '发布单位名称不能为空').max(100), publicKey: PublicKeySchema });
const TrustFileSchema = z.strictObject({ publishers: z.array(TrustedPublisherSchema).max(200) });

export type TrustedPublisher = z.infer<typeof TrustedPublisherSchema>;

const trustFile = (workspaceDir: string) => path.join(packsDir(workspaceDir), 'trusted-publishers.json');

export async function readTrustedPublishers(workspaceDir: string): Promise<TrustedPublisher[]> {
  const file = trustFile(workspaceDir);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new AppError('IO_ERROR', describeFileError(error, file, 'read').message);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('BAD_DOCUMENT', `受信任发布单位列表“${file}”已损坏（不是有效的 JSON），未作改动。`);
  }
  const parsed = TrustFileSchema.safeParse(json);
  if (!parsed.success) throw new AppError('BAD_DOCUMENT', `受信任发布单位列表“${file}”内容不正确，未作改动：\n${describeIssues(parsed.error)}`);
  return parsed.data.publishers;
}

/** Adds or renames a trusted key; the list is returned as stored. */
export async function trustPublisher(workspaceDir: string, publisher: TrustedPublisher): Promise<TrustedPublisher[]> {
  const parsed = TrustedPublisherSchema.safeParse(publisher);
  if (!parsed.success) throw new AppError('BAD_ARGUMENTS', `受信任的发布单位不正确：\n${describeIssues(parsed.error)}`);
  const entry = parsed.data;
  const publishers = [...(await readTrustedPublishers(workspaceDir)).filter((p) => p.publicKey !== entry.publicKey), entry];
  await writeTrust(workspaceDir, publishers);
  return publishers;
}

export async function distrustPublisher(workspaceDir: string, publicKey: string): Promise<TrustedPublisher[]> {
  const publishers = (await readTrustedPublishers(workspaceDir)).filter((p) => p.publicKey !== publicKey);
  await writeTrust(workspaceDir, publishers);
  return publishers;
}

async function writeTrust(workspaceDir: string, publishers: TrustedPublisher[]): Promise<void> {
  await mkdir(packsDir(workspaceDir), { recursive: true });
  await atomicWrite(trustFile(workspaceDir), new TextEncoder().encode(`${JSON.stringify({ publishers }, null, 2)}\n`));
}
