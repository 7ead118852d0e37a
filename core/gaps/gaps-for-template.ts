/**
 * Save as template, for drafts that began as a pasted text with gaps: each gap becomes a template
 * field under a valid name, bound to the ledger it was filled from (next year's draft computes it
 * again from next year's ledger) or, when it was typed, left for the writer with last value as help.
 */
import type { GongwenDocument } from '../model/document.ts';
import type { FieldInline } from '../model/inline.ts';
import { NameSchema } from '../template/binding-schema.ts';
import { mapFields } from '../template/refresh-walk.ts';
import type { FieldDef } from '../template/template-schema.ts';

export interface GapFields {
  /** The draft with every gap's key renamed to its template field name. */
  document: GongwenDocument;
  fields: FieldDef[];
}

/** 统筹开展×轮 → 统筹开展轮数: marks a field name may not hold are dropped, a count says what it counts. */
function baseName(field: FieldInline): string {
  const words = [...field.key].filter((ch) => NameSchema.safeParse(ch).success).join('');
  const named = field.gap?.kind === 'number' && words.length > 0 ? `${words}数` : words;
  return named.slice(0, 50) || '待填项';
}

export function gapFieldsForTemplate(document: GongwenDocument): GapFields {
  const fields: FieldDef[] = [];
  const taken = new Set<string>();
  const renamed = mapFields(document, (field) => {
    if (!field.gap) return field;
    let key = baseName(field);
    for (let n = 2; taken.has(key); n++) key = `${baseName(field)}${n}`;
    taken.add(key);
    const binding = field.gap.binding ?? null;
    const typed = field.value !== null && binding === null ? `上次填写：${field.value}` : undefined;
    fields.push({
      key,
      label: field.key,
      type: field.gap.kind === 'number' ? 'number' : field.gap.kind === 'date' ? 'date' : 'text',
      required: field.gap.kind !== 'name',
      default: null,
      ...(typed ? { help: typed } : {}),
      ...(binding?.kind === 'aggregate' && binding.column && /万元/.test(field.gap.marker + field.key) ? { format: { yuanToWan: true } } : {}),
      binding,
    });
    return { ...field, key };
  });
  return { document: renamed, fields };
}
