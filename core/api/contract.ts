/**
 * Every call between the renderer and the host, declared once. The IPC channels, the
 * HTTP routes, the `AppApi` type the renderer sees and the handler signatures the host
 * implements are all derived from this table.
 */
import { z } from '../validation/zod.ts';
import { GongwenDocumentSchema } from '../model/document.ts';
import { IsoDateSchema } from '../model/iso-date.ts';
import { DraftMetaSchema, DraftSchema } from '../workspace/workspace-records.ts';
import { fontProfileIds } from '../layout/font-profiles.ts';
import type { ApiResponse } from './errors.ts';
import { ledgerCalls } from './contract-data.ts';
import { gapsContract } from './contract-gaps.ts';
import { PreferencesSchema } from './preferences.ts';
import { registersContract } from './contract-registers.ts';
import { versionsContract } from './contract-versions.ts';
import { ExportResultSchema } from './export-result.ts';
import { homeContract } from './contract-home.ts';
import { phrasesContract } from './contract-phrases.ts';

export { ExportResultSchema };
import { StaleFieldSchema } from './stale-field.ts';
import { settingsContract } from './contract-settings.ts';
import { printContract } from './contract-print.ts';
import { batchContract } from './contract-batch.ts';
import { packsContract } from './contract-packs.ts';
import { authoringContract } from './contract-authoring.ts';
import { recoveryContract } from './contract-recovery.ts';
import { reviewContract } from './contract-review.ts';

const call = <Args extends z.ZodTuple, Result extends z.ZodType>(args: Args, result: Result) => ({ args, result });

export const AppInfoSchema = z.object({
  version: z.string(),
  mode: z.enum(['desktop', 'web']),
  canRevealFiles: z.boolean(),
  /** Desktop prints the preview to PDF itself; in a browser the user prints with Ctrl+P. */
  canPrintToPdf: z.boolean(),
  /** Desktop prints through the host (system print dialog); in a browser the page prints itself. */
  canPrint: z.boolean(),
});

export const ExportDocxRequestSchema = z.strictObject({
  document: GongwenDocumentSchema,
  fontProfile: z.enum(fontProfileIds).optional(),
  /** 另存为副本 after the plain name was held open in Word: write 标题（2）.docx instead. */
  asCopy: z.boolean().optional(),
});

export const ImportDraftRequestSchema = z.strictObject({
  /** Shown in messages: the file's name, or 粘贴的文字. */
  name: z.string().max(255),
  content: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('text'), text: z.string().max(5_000_000) }),
    /** File bytes as base64: the renderer never hands the host a path. */
    z.strictObject({ kind: z.literal('bytes'), base64: z.string().max(28_000_000) }),
  ]),
});

export const ImportDraftResultSchema = z.object({ document: GongwenDocumentSchema, messages: z.array(z.string()) });

export const TemplateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  family: z.string(),
  description: z.string(),
  version: z.string(),
  /** One of the office's own templates (本单位模板), which can be edited and deleted. */
  own: z.boolean(),
});

export const TemplateListSchema = z.object({
  templates: z.array(TemplateSummarySchema),
  /** Files of the pack that could not be read, each naming the file. */
  problems: z.array(z.string()),
});

export const apiContract = {
  getAppInfo: call(z.tuple([]), AppInfoSchema),
  exportDocx: call(z.tuple([ExportDocxRequestSchema]), ExportResultSchema),
  getPreferences: call(z.tuple([]), PreferencesSchema),
  setPreferences: call(z.tuple([PreferencesSchema]), PreferencesSchema),
  listDrafts: call(z.tuple([]), z.array(DraftMetaSchema)),
  createDraft: call(z.tuple([z.strictObject({ document: GongwenDocumentSchema, templateId: z.string().max(64).nullable() })]), DraftMetaSchema),
  /** `notice`: the stored content could not be read and the draft was restored from its newest readable version. */
  getDraft: call(z.tuple([z.strictObject({ id: z.string().max(100) })]), DraftSchema.extend({ notice: z.string().optional() })),
  /** Autosave: refused with CONFLICT when the draft was saved elsewhere since `expectedRevision`. */
  saveDraft: call(z.tuple([z.strictObject({ id: z.string().max(100), document: GongwenDocumentSchema, expectedRevision: z.number().int().min(1) })]), DraftMetaSchema),
  listTemplates: call(z.tuple([]), TemplateListSchema),
  /** A new draft from a template filled with its sample data (fields keep their provenance). */
  newFromTemplate: call(z.tuple([z.strictObject({ id: z.string().max(64), today: IsoDateSchema })]), z.object({ document: GongwenDocumentSchema, issues: z.array(z.string()) })),
  /** Reads a re-imported ledger and lists the draft's values it changes; nothing is applied here. */
  refreshFromLedger: call(
    z.tuple([
      z.strictObject({
        templateId: z.string().max(64),
        document: GongwenDocumentSchema,
        today: IsoDateSchema,
        file: z.strictObject({ name: z.string().max(255), base64: z.string().max(70_000_000) }),
      }),
    ]),
    z.object({ dataset: z.string(), mapping: z.array(z.string()), changes: z.array(StaleFieldSchema) }),
  ),
  importDraft: call(z.tuple([ImportDraftRequestSchema]), ImportDraftResultSchema),
  exportPdf: call(z.tuple([z.strictObject({ title: z.string().max(400) })]), ExportResultSchema),
  revealExport: call(z.tuple([z.strictObject({ exportId: z.string().max(100) })]), z.object({ shown: z.boolean() })),
  ...versionsContract,
  ...registersContract,
  ...homeContract,
  ...ledgerCalls,
  ...phrasesContract,
  ...settingsContract,
  ...printContract,
  ...batchContract,
  ...packsContract,
  ...authoringContract,
  ...recoveryContract,
  ...gapsContract,
  ...reviewContract,
};

export type ApiName = keyof typeof apiContract;
export type ApiArgs<N extends ApiName> = z.infer<(typeof apiContract)[N]['args']>;
export type ApiResult<N extends ApiName> = z.infer<(typeof apiContract)[N]['result']>;

/** What the renderer holds as `window.api`: every call answers with a response envelope, never throws across the boundary. */
export type AppApi = { [N in ApiName]: (...args: ApiArgs<N>) => Promise<ApiResponse<ApiResult<N>>> };

/** What the host implements: plain async functions that may throw `AppError`. */
export type ApiHandlers = { [N in ApiName]: (...args: ApiArgs<N>) => Promise<ApiResult<N>> };

export type AppInfo = z.infer<typeof AppInfoSchema>;
export type ExportDocxRequest = z.infer<typeof ExportDocxRequestSchema>;
export type ExportResult = z.infer<typeof ExportResultSchema>;
export type ImportDraftRequest = z.infer<typeof ImportDraftRequestSchema>;
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;

export const apiNames = Object.keys(apiContract) as ApiName[];

export function isApiName(name: string): name is ApiName {
  return Object.hasOwn(apiContract, name);
}

export const channelFor = (name: ApiName): string => `gongwen:${name}`;
export const httpPathFor = (name: ApiName): string => `/api/${name}`;
