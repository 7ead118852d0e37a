/** The host side of the authoring calls: save a draft as an own template, edit and delete own templates, lint any template. */
import { gapFieldsForTemplate } from '../../core/gaps/gaps-for-template.ts';
import type { ApiHandlers } from '../../core/api/contract.ts';
import type { authoringContract, SaveAsTemplateRequest } from '../../core/api/contract-authoring.ts';
import { AppError } from '../../core/api/errors.ts';
import { draftSectionSettings, templateFromDraft, type SectionSetting } from '../../core/template/template-from-draft.ts';
import { lintTemplate } from '../../core/template/template-lint.ts';
import { readStoredTable } from '../data/stored-table.ts';
import { readPreferences } from '../settings/preferences.ts';
import { listDatasets } from '../workspace/datasets.ts';
import type { Workspace } from '../workspace/open-workspace.ts';
import { deleteOwnTemplate, newOwnTemplateId, nextVersion, readOwnPack, saveOwnTemplate, type OwnPackWrite } from './own-templates.ts';
import type { TemplateService } from './template-service.ts';

type AuthoringHandlers = Pick<ApiHandlers, keyof typeof authoringContract>;

export interface AuthoringDeps {
  workspaceDir: string;
  /** Where the ledgers a section is bound to were imported. */
  workspace: () => Workspace;
  templates: TemplateService;
  now?: () => string;
}

export function createAuthoringHandlers(deps: AuthoringDeps): AuthoringHandlers {
  /** The template a draft came from, if it is still offered: a draft outlives an uninstalled pack. */
  const source = async (id: string | null) => {
    if (!id) return null;
    try {
      return await deps.templates.find(id);
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
      throw error;
    }
  };
  const writeOptions = async (today: string): Promise<OwnPackWrite> => {
    const { organ } = await readPreferences(deps.workspaceDir);
    return { workspaceDir: deps.workspaceDir, today, publisher: organ.fullName || '本单位', now: deps.now };
  };
  /** The writer's section settings with each bound ledger read as its dataset name and columns. */
  const withLedgers = (sections: SaveAsTemplateRequest['sections']): SectionSetting[] => {
    const ledgers = sections.some((s) => s.repeatLedger) ? listDatasets(deps.workspace()) : [];
    return sections.map(({ repeatLedger, ...setting }) => {
      if (!repeatLedger) return setting;
      const meta = ledgers.find((m) => m.id === repeatLedger.datasetId);
      if (!meta) throw new AppError('NOT_FOUND', `段落“${setting.label}”所绑定的台账已不在工作区中（可能已被重新导入或删除），请重新选择；模板未保存。`);
      return { ...setting, repeatOver: { dataset: meta.name, columns: readStoredTable(deps.workspace(), meta.id).columns.map((c) => c.name) } };
    });
  };
  return {
    templateSections: async ({ document, sourceTemplateId, today }) => {
      const from = await source(sourceTemplateId);
      return draftSectionSettings(document, from?.template ?? null, today, from?.laws ?? undefined);
    },
    saveAsTemplate: async (request) => {
      const own = request.ownTemplateId ? (await readOwnPack(deps.workspaceDir))?.contents.templates.find((t) => t.id === request.ownTemplateId) : undefined;
      if (request.ownTemplateId && !own) throw new AppError('NOT_FOUND', `本单位模板中没有编号为“${request.ownTemplateId}”的模板，可能已被删除；请另存为新模板。`);
      const from = await source(request.ownTemplateId ?? request.sourceTemplateId);
      const meta = { id: own?.id ?? newOwnTemplateId(), version: nextVersion(own?.version), name: request.name, description: request.description, family: request.family };
      const gaps = gapFieldsForTemplate(request.document);
      const made = templateFromDraft({ document: gaps.document, fields: gaps.fields, meta, source: from?.template ?? null, laws: from?.laws ?? undefined, sections: withLedgers(request.sections), today: request.today });
      if (!made.template) throw new AppError('BAD_DOCUMENT', `草稿未能保存为模板：\n${made.problems.join('\n')}`);
      const packVersion = await saveOwnTemplate(await writeOptions(request.today), made.template, from?.laws ?? null);
      deps.templates.invalidate();
      const { id, name, family, description, version } = made.template;
      return { template: { id, name, family, description, version, own: true }, packVersion, findings: lintTemplate(made.template), notes: made.notes };
    },
    deleteOwnTemplate: async ({ id }) => {
      const packVersion = await deleteOwnTemplate(await writeOptions(new Date().toISOString().slice(0, 10)), id);
      deps.templates.invalidate();
      return { packVersion };
    },
    lintTemplate: async ({ id }) => ({ findings: lintTemplate((await deps.templates.find(id)).template) }),
  };
}
