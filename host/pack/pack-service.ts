/**
 * Pack operations shared by the API and the `gongwen pack` command: check, install, list,
 * roll back and build an export from the workspace's templates, phrases and settings.
 */
import type { PackExportRequest, PackInstallResult, PackReport } from '../../core/api/contract-packs.ts';
import { isNothingApplied, settingsSummary, undoPackSettings } from '../../core/pack/pack-settings.ts';
import type { Phrase } from '../../core/api/contract-phrases.ts';
import type { Preferences } from '../../core/api/preferences.ts';
import { AppError } from '../../core/api/errors.ts';
import { emptyPackContents, type PackContents } from '../../core/pack/pack-contents.ts';
import { summarisePack, type PackSummary } from '../../core/pack/pack-summary.ts';
import type { Template } from '../../core/template/template-schema.ts';
import { lintTemplate } from '../../core/template/template-lint.ts';
import type { LawReferences } from '../../core/template/law-references.ts';
import type { TemplateService } from '../templates/template-service.ts';
import { builtinPackId } from './builtin-as-pack.ts';
import { installPack, type InstallOptions } from './install-pack.ts';
import { changeSettings, noSettingsChange } from './pack-settings-io.ts';
import { listInstalledPacks, readActive, rollbackPack, type InstalledPack } from './pack-store.ts';
import { readPack } from './read-pack.ts';
import { ensureSigningKey } from './signing-key.ts';
import { readTrustedPublishers } from './trusted-publishers.ts';
import { writePack } from './write-pack.ts';

export interface PackServiceDeps {
  workspaceDir: string;
  templates: TemplateService;
  now?: () => string;
}

/** What an export may take from the workspace besides templates. */
export interface ExportSources {
  phrases: () => Phrase[];
  preferences: () => Promise<Preferences>;
}

export interface PackService {
  verify(bytes: Uint8Array, fileLabel: string): Promise<PackReport>;
  install(bytes: Uint8Array, fileLabel: string, acceptUnsigned: boolean, extra?: InstallExtras): Promise<PackInstallResult>;
  list(): Promise<{ packs: PackSummary[]; problems: string[] }>;
  rollback(id: string): Promise<PackSummary>;
  /** Refused (BAD_DOCUMENT) when a chosen template has lint errors; lint warnings come back with the bytes. */
  build(request: PackExportRequest, sources: ExportSources): Promise<{ bytes: Uint8Array; warnings: string[] }>;
}

export type InstallExtras = Pick<InstallOptions, 'applyLetterhead' | 'expected'>;

const summariseInstalled = (pack: InstalledPack): PackSummary =>
  summarisePack(pack.manifest, pack.contents, pack.install.signature, { previousVersion: pack.previousVersion, installedAt: pack.install.installedAt });

export function createPackService(deps: PackServiceDeps): PackService {
  return {
    async verify(bytes, fileLabel) {
      try {
        const reading = await readPack(bytes, { fileLabel, trusted: await readTrustedPublishers(deps.workspaceDir) });
        const installed = await readActive(deps.workspaceDir, reading.manifest.id).catch(() => null);
        return {
          sound: true,
          problems: [],
          warnings: reading.warnings,
          pack: summarisePack(reading.manifest, reading.contents, reading.signature),
          installedVersion: installed?.active.version ?? null,
        };
      } catch (error) {
        if (error instanceof AppError && error.code === 'BAD_DOCUMENT')
          return { sound: false, problems: error.message.split('\n'), warnings: [], pack: null, installedVersion: null };
        throw error;
      }
    },
    async install(bytes, fileLabel, acceptUnsigned, extra = {}) {
      const outcome = await installPack(deps.workspaceDir, bytes, { fileLabel, acceptUnsigned, reservedPackIds: [builtinPackId], now: deps.now, ...extra });
      deps.templates.invalidate();
      return { pack: summariseInstalled(outcome.pack), warnings: outcome.warnings, settings: settingsSummary(outcome.applied) };
    },
    async list() {
      const { packs, problems } = await listInstalledPacks(deps.workspaceDir);
      return { packs: packs.map(summariseInstalled), problems };
    },
    async rollback(id) {
      const pack = await rollbackPack(deps.workspaceDir, id, async (applied) =>
        isNothingApplied(applied) ? noSettingsChange : changeSettings(deps.workspaceDir, (preferences) => undoPackSettings(preferences, applied)),
      );
      deps.templates.invalidate();
      return summariseInstalled(pack);
    },
    async build(request, sources) {
      const contents = await exportContents(request, deps.templates, sources);
      const warnings = lintForExport(contents.templates);
      const key = request.sign ? await ensureSigningKey(deps.workspaceDir) : null;
      const { id, name, version, publisher, created, description } = request;
      return { bytes: await writePack({ id, name, version, publisher, created, description }, contents, key?.privateKeyPem), warnings };
    },
  };
}

/** The lint of every exported template: errors stop the export, naming template, section and field; warnings are handed back. */
function lintForExport(templates: readonly Template[]): string[] {
  const errors: string[] = [];
  const warnings: string[] = [];
  for (const template of templates) {
    for (const finding of lintTemplate(template)) (finding.severity === 'error' ? errors : warnings).push(`模板“${template.name}”：${finding.message}`);
  }
  if (errors.length > 0) throw new AppError('BAD_DOCUMENT', `模板检查发现 ${errors.length} 个错误，未导出模板包：\n${errors.join('\n')}`);
  return warnings;
}

const citesLaws = (template: Template) => template.fields.some((field) => field.binding?.kind === 'law');

async function exportContents(request: PackExportRequest, templates: TemplateService, sources: ExportSources): Promise<PackContents> {
  const contents = emptyPackContents();
  let laws: LawReferences | null = null;
  for (const id of [...new Set(request.templateIds)].sort()) {
    const found = await templates.find(id);
    contents.templates.push(found.template);
    if (citesLaws(found.template)) laws ??= found.laws;
  }
  contents.laws = laws;
  if (request.includePhrases) {
    const phrases = sources.phrases().map(({ title, category, text }) => ({ title, category, text }));
    if (phrases.length > 0) contents.phraseBooks.push({ name: `${request.publisher}常用语`, phrases });
  }
  if (request.includeUnits || request.includeLetterhead) {
    const preferences = await sources.preferences();
    if (request.includeUnits) contents.units = preferences.units;
    if (request.includeLetterhead) contents.letterhead = { organ: preferences.organ, numberPrefixes: preferences.numberPrefixes, defaultSigners: preferences.defaultSigners };
  }
  return contents;
}
