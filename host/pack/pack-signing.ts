/**
 * Ed25519 signatures over the canonical manifest. Keys travel as the raw 32-byte public key
 * in base64url (43 characters), short enough to read out over the phone or print on a memo;
 * the key id is the first 16 hex digits of its SHA-256, for lists and messages.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { manifestSigningBytes } from '../../core/pack/canonical-manifest.ts';
import type { PackManifest, UnsignedManifest } from '../../core/pack/pack-manifest.ts';

export function publicKeyText(key: KeyObject): string {
  const jwk = key.export({ format: 'jwk' });
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || !jwk.x) throw new Error('不是 Ed25519 密钥');
  return jwk.x;
}

export function keyId(publicKey: string): string {
  return createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest('hex').slice(0, 16);
}

export function generateSigningKey(): { privateKeyPem: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), publicKey: publicKeyText(publicKey) };
}

export function signManifest(manifest: UnsignedManifest, privateKeyPem: string): PackManifest {
  const privateKey = createPrivateKey(privateKeyPem);
  const publicKey = publicKeyText(createPublicKey(privateKey));
  const value = sign(null, manifestSigningBytes(manifest), privateKey).toString('base64url');
  return { ...manifest, signature: { algorithm: 'ed25519', publicKey, value } };
}

/** True only when the manifest carries a signature that its own public key verifies. */
export function signatureIsValid(manifest: PackManifest): boolean {
  if (!manifest.signature) return false;
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: manifest.signature.publicKey }, format: 'jwk' });
    return verify(null, manifestSigningBytes(manifest), key, Buffer.from(manifest.signature.value, 'base64url'));
  } catch {
    return false;
  }
}
