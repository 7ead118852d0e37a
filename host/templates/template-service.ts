/** The templates the app offers: the built-in pack, read once, and new drafts made from it. */
import { AppError } from '../../core/api/errors.ts';
import type { TemplateSummary } from '../../core/api/contract.ts';
import type { GongwenDocument } from '../../core/model/document.ts';
import { mergeTemplate } from '../../core/template/merge.ts';
import type { LawReferences } from '../../core/template/law-references.ts';
import { sampleMergeInput } from '../../core/template/sample-input.ts';
import type { Template } from '../../core/template/template-schema.ts';
import { loadTemplatePack, type TemplatePack } from './load-pack.ts';
import { refreshFromLedger, type LedgerRefresh } from './refresh-from-ledger.ts';

export interface TemplateService {
  list(): Promise<{ templates: TemplateSummary[]; problems: string[] }>;
  newDraft(id: string, today: string): Promise<{ document: GongwenDocument; issues: string[] }>;
  refresh(id: string, document: GongwenDocument, file: { name: string; bytes: Uint8Array }, today: string): Promise<LedgerRefresh>;
  /** The template itself and the pack's law articles, for services that merge it with other data. */
  find(id: string): Promise<{ template: Template; laws: LawReferences | null }>;
  /** Every template's phrase snippets, and the pack's problems (a bad file's snippets are missing). */
  snippets(): Promise<{ templates: Pick<Template, 'id' | 'name' | 'snippets'>[]; problems: string[] }>;
}

export function createTemplateService(packDir: string): TemplateService {
  let pack: Promise<TemplatePack> | null = null;
  const load = () => (pack ??= loadTemplatePack(packDir));
  const find = async (id: string) => {
    const { templates, laws } = await load();
    const template = templates.find((t) => t.id === id);
    if (!template) throw new AppError('NOT_FOUND', `没有编号为“${id}”的模板。`);
    return { template, laws };
  };
  return {
    async list() {
      const { templates, problems } = await load();
      return {
        templates: templates.map(({ id, name, family, description, version }) => ({ id, name, family, description, version })),
        problems: problems.map((problem) => problem.message),
      };
    },
    async newDraft(id, today) {
      const { template, laws } = await find(id);
      const { document, issues } = mergeTemplate(template, sampleMergeInput(template, today, laws ?? undefined));
      return { document, issues };
    },
    async refresh(id, document, file, today) {
      const { template, laws } = await find(id);
      return refreshFromLedger(template, laws, document, file, today);
    },
    find,
    async snippets() {
      const { templates, problems } = await load();
      return { templates: templates.map(({ id, name, snippets }) => ({ id, name, snippets })), problems: problems.map((problem) => problem.message) };
    },
  };
}
