/**
 * This office's pack signing key, generated once and kept in the workspace
 * (`keys/pack-signing.pem`, readable by the user only). The public half is what other
 * offices add to their trusted publishers.
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../core/api/errors.ts';
import { describeFileError } from '../files/describe-file-error.ts';
import { generateSigningKey, keyId, publicKeyText } from './pack-signing.ts';

export interface SigningKey {
  privateKeyPem: string;
  publicKey: string;
  keyId: string;
}

const keyFile = (workspaceDir: string) => path.join(workspaceDir, 'keys', 'pack-signing.pem');

function fromPem(privateKeyPem: string, file: string): SigningKey {
  try {
    const publicKey = publicKeyText(createPublicKey(createPrivateKey(privateKeyPem)));
    return { privateKeyPem, publicKey, keyId: keyId(publicKey) };
  } catch (error) {
    throw new AppError('BAD_DOCUMENT', `签名密钥文件“${file}”已损坏或不是 Ed25519 密钥，未作改动。`, { cause: error });
  }
}

export async function readSigningKey(workspaceDir: string): Promise<SigningKey | null> {
  const file = keyFile(workspaceDir);
  try {
    return fromPem(await readFile(file, 'utf8'), file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error instanceof AppError ? error : new AppError('IO_ERROR', describeFileError(error, file, 'read').message);
  }
}

/** The existing key, or a new one written with `wx` so two starts can never replace each other's key. */
export async function ensureSigningKey(workspaceDir: string): Promise<SigningKey> {
  const existing = await readSigningKey(workspaceDir);
  if (existing) return existing;
  const file = keyFile(workspaceDir);
  const { privateKeyPem } = generateSigningKey();
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const handle = await open(file, 'wx', 0o600);
    try {
      await handle.writeFile(privateKeyPem);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return (await readSigningKey(workspaceDir)) ?? fromPem(privateKeyPem, file);
    const problem = describeFileError(error, file);
    throw new AppError(problem.code, problem.message, { cause: error });
  }
  return fromPem(privateKeyPem, file);
}
