/**
 * The 导出模板包 form as typed, turned into an export request or into one Chinese message
 * per field (shown beside the field), using the contract's own schema so both sides agree.
 */
import { PackExportRequestSchema, type PackExportRequest } from '../../../../core/api/contract-packs.ts';

export interface ExportForm {
  id: string;
  name: string;
  version: string;
  publisher: string;
  description: string;
  templateIds: string[];
  includePhrases: boolean;
  includeUnits: boolean;
  includeLetterhead: boolean;
  sign: boolean;
}

export type ExportField = 'id' | 'name' | 'version' | 'publisher' | 'description' | 'templateIds';

/** In the order the dialog shows them. */
export const fieldLabels: Record<ExportField, string> = {
  templateIds: '模板',
  id: '模板包编号',
  name: '名称',
  version: '版本号',
  publisher: '发布单位',
  description: '说明',
};

export type ExportCheck = { ok: true; request: PackExportRequest } | { ok: false; problems: Partial<Record<ExportField, string>> };

const isField = (key: PropertyKey | undefined): key is ExportField => typeof key === 'string' && Object.hasOwn(fieldLabels, key);

export function checkExportForm(form: ExportForm, created: string): ExportCheck {
  const description = form.description.trim();
  const parsed = PackExportRequestSchema.safeParse({
    ...form,
    id: form.id.trim(),
    version: form.version.normalize('NFKC').trim(),
    description: description === '' ? undefined : description,
    created,
  });
  if (parsed.success) return { ok: true, request: parsed.data };
  const problems: Partial<Record<ExportField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (isField(field)) problems[field] ??= issue.message;
  }
  return { ok: false, problems };
}

/** The next minor version, offered when an installed pack is exported again: 1.2.3 → 1.3.0. */
export function nextVersion(version: string): string {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return `${major}.${minor + 1}.0`;
}
