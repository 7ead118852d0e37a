/**
 * The templates the app offers: the built-in pack, read once, together with the packs
 * installed in the workspace (re-read after an install or rollback), and new drafts made
 * from them. Each template knows the pack and version it came from, so a draft can record it.
 */
import { AppError } from '../../core/api/errors.ts';
import type { TemplateSummary } from '../../core/api/contract.ts';
import type { GongwenDocument } from '../../core/model/document.ts';
import { mergeTemplate } from '../../core/template/merge.ts';
import type { LawReferences } from '../../core/template/law-references.ts';
import { sampleMergeInput } from '../../core/template/sample-input.ts';
import type { Template } from '../../core/template/template-schema.ts';
import type { StoredPacks } from '../pack/pack-store.ts';
import { builtinPackId } from '../pack/builtin-as-pack.ts';
import { loadTemplatePack, type TemplatePack } from './load-pack.ts';
import { ownPackId } from './own-templates.ts';
import { refreshFromLedger, type LedgerRefresh } from './refresh-from-ledger.ts';

/** What a draft records about the template it was made from. */
export interface TemplateOrigin {
  templateVersion: string;
  packId: string;
  packVersion: string;
}

export interface TemplateService {
  list(): Promise<{ templates: TemplateSummary[]; problems: string[] }>;
  newDraft(id: string, today: string): Promise<{ document: GongwenDocument; issues: string[] }>;
  refresh(id: string, document: GongwenDocument, file: { name: string; bytes: Uint8Array }, today: string): Promise<LedgerRefresh>;
  /** The template itself and its pack's law articles, for services that merge it with other data. */
  find(id: string): Promise<{ template: Template; laws: LawReferences | null }>;
  /** Where a template comes from now; null when no pack offers it (any more). */
  origin(id: string): Promise<TemplateOrigin | null>;
  /** Every template's phrase snippets and every installed phrase book, and the problems (a bad file's snippets are missing). */
  snippets(): Promise<{ templates: Pick<Template, 'id' | 'name' | 'snippets'>[]; problems: string[] }>;
  /** Forgets the installed packs read so far: the next call reads them again. */
  invalidate(): void;
}

export interface TemplateSources {
  /** The workspace's installed packs. */
  installed?: () => Promise<StoredPacks>;
  /** Recorded on drafts made from a built-in template. */
  builtin?: { packId: string; version: string };
}

interface Offered {
  template: Template;
  laws: LawReferences | null;
  origin: TemplateOrigin;
}

interface Catalogue {
  offered: Offered[];
  phraseBooks: Pick<Template, 'id' | 'name' | 'snippets'>[];
  problems: string[];
}

export function createTemplateService(packDir: string, sources: TemplateSources = {}): TemplateService {
  const builtinOrigin = sources.builtin ?? { packId: builtinPackId, version: '0.0.0' };
  let builtin: Promise<TemplatePack> | null = null;
  let catalogue: Promise<Catalogue> | null = null;
  const readCatalogue = async (): Promise<Catalogue> => {
    const pack = await (builtin ??= loadTemplatePack(packDir));
    const offered: Offered[] = pack.templates.map((template) => ({
      template,
      laws: pack.laws,
      origin: { templateVersion: template.version, packId: builtinOrigin.packId, packVersion: builtinOrigin.version },
    }));
    const problems = pack.problems.map((problem) => problem.message);
    const installed = sources.installed ? await sources.installed() : { packs: [], problems: [] };
    problems.push(...installed.problems);
    const phraseBooks: Catalogue['phraseBooks'] = [];
    for (const { manifest, contents } of installed.packs) {
      for (const template of contents.templates) {
        const entry = { template, laws: contents.laws, origin: { templateVersion: template.version, packId: manifest.id, packVersion: manifest.version } };
        const at = offered.findIndex((offer) => offer.template.id === template.id);
        // An installed pack may carry an office's own version of a built-in template; two installed packs may not share an id.
        if (at === -1) offered.push(entry);
        else if (offered[at]?.origin.packId === builtinOrigin.packId) offered[at] = entry;
        else problems.push(`模板包“${manifest.name}”中的模板“${template.id}”与另一个已安装模板包的模板编号重复，未载入`);
      }
      contents.phraseBooks.forEach((book, index) =>
        phraseBooks.push({
          id: `${manifest.id}.phrases-${index + 1}`,
          name: book.name,
          snippets: book.phrases.map((phrase, at) => ({ id: String(at + 1), label: phrase.title, text: phrase.text })),
        }),
      );
    }
    return { offered, phraseBooks, problems };
  };
  const load = () => (catalogue ??= readCatalogue());
  const find = async (id: string) => {
    const entry = (await load()).offered.find((offer) => offer.template.id === id);
    if (!entry) throw new AppError('NOT_FOUND', `没有编号为“${id}”的模板。`);
    return { template: entry.template, laws: entry.laws };
  };
  return {
    async list() {
      const { offered, problems } = await load();
      return {
        templates: offered.map(({ template: { id, name, family, description, version }, origin }) => ({ id, name, family, description, version, own: origin.packId === ownPackId })),
        problems,
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
    async origin(id) {
      return (await load()).offered.find((offer) => offer.template.id === id)?.origin ?? null;
    },
    async snippets() {
      const { offered, phraseBooks, problems } = await load();
      return { templates: [...offered.map(({ template: { id, name, snippets } }) => ({ id, name, snippets })), ...phraseBooks], problems };
    },
    invalidate() {
      catalogue = null;
    },
  };
}
