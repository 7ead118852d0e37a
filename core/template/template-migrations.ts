/**
 * Numbered migrations of the template format: `migrations[n]` turns a format-n template into
 * format n + 1, so a pack written for an older release opens unchanged, and a pack from a newer
 * release is refused with a message instead of being half-understood.
 */

export const templateFormatVersion = 2;

type Json = Record<string, unknown>;

const migrations: Record<number, (template: Json) => Json> = {
  // Format 2 added law and group bindings, grid nodes, filters that name a field, 文号 and
  // 印发日期 text, signer titles and templates without 署名 — all optional, so a format-1
  // template is a valid format-2 template as it stands.
  1: (template) => ({ ...template, formatVersion: 2 }),
};

/** Brings a parsed template up to the current format; anything it cannot place is left for the schema to reject. */
export function migrateTemplate(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
  let template = input as Json;
  for (let version = template.formatVersion; typeof version === 'number' && version < templateFormatVersion; version = template.formatVersion) {
    const step = Object.hasOwn(migrations, version) ? migrations[version] : undefined;
    if (!step) return template;
    template = step(template);
  }
  return template;
}
