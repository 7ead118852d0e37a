/**
 * The bytes a pack signature covers: the manifest without its `signature`, as JSON with
 * object keys sorted and no whitespace, in UTF-8. Whoever re-indents or reorders the file
 * keeps the signature valid; whoever changes a value does not.
 */
import type { PackManifest } from './pack-manifest.ts';

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function canonicalJson(value: unknown): string {
  return canonical(value);
}

export function manifestSigningBytes(manifest: PackManifest): Uint8Array {
  const { signature: _signature, ...signed } = manifest;
  return new TextEncoder().encode(canonical(signed));
}
