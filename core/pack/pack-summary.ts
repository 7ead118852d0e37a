/** What a person is shown about a pack — checked, installed or about to be — as plain JSON for the API and the CLI. */
import { z } from '../validation/zod.ts';
import type { PackContents } from './pack-contents.ts';
import type { PackManifest } from './pack-manifest.ts';

export const PackSignatureCheckSchema = z.object({
  status: z.enum(['unsigned', 'trusted', 'untrusted']),
  keyId: z.string().nullable(),
  trustedAs: z.string().nullable(),
});

export const PackSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  publisher: z.string(),
  created: z.string(),
  description: z.string().nullable(),
  signature: PackSignatureCheckSchema,
  templates: z.array(z.object({ id: z.string(), name: z.string(), version: z.string() })),
  phraseBooks: z.array(z.object({ name: z.string(), phrases: z.number() })),
  units: z.number(),
  samples: z.array(z.string()),
  hasLetterhead: z.boolean(),
  laws: z.array(z.string()),
  files: z.number(),
  /** Installed packs only: the version kept for rollback, and when this one was installed. */
  previousVersion: z.string().nullable(),
  installedAt: z.string().nullable(),
});

export type PackSignatureCheck = z.infer<typeof PackSignatureCheckSchema>;
export type PackSummary = z.infer<typeof PackSummarySchema>;

export function summarisePack(
  manifest: PackManifest,
  contents: PackContents,
  signature: PackSignatureCheck,
  installed: { previousVersion: string | null; installedAt: string } | null = null,
): PackSummary {
  return {
    id: manifest.id,
    name: manifest.name,
    version: manifest.version,
    publisher: manifest.publisher,
    created: manifest.created,
    description: manifest.description ?? null,
    signature,
    templates: contents.templates.map(({ id, name, version }) => ({ id, name, version })),
    phraseBooks: contents.phraseBooks.map((book) => ({ name: book.name, phrases: book.phrases.length })),
    units: contents.units?.length ?? 0,
    samples: contents.samples.map((sample) => sample.name),
    hasLetterhead: contents.letterhead !== null,
    laws: contents.laws?.laws.map((law) => law.title) ?? [],
    files: manifest.files.length,
    previousVersion: installed?.previousVersion ?? null,
    installedAt: installed?.installedAt ?? null,
  };
}
