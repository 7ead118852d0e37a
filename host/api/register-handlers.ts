/**
 * The host side of the register calls: the 文号 register and the 建议书/整改通知书 register,
 * searched by the words typed in the register screen and exported as .xlsx into the export folder.
 */
import type { ApiHandlers } from '../../core/api/contract.ts';
import { registersContract } from '../../core/api/contract-registers.ts';
import { matchesSearch } from '../../core/workspace/register-search.ts';
import { saveExport, type ExportRegistry } from '../exports.ts';
import { documentNumberWorkbook } from '../workspace/document-number-workbook.ts';
import { assignDocumentNumber, listDocumentNumbers, proposeDocumentNumber, voidDocumentNumber, type DocumentNumberEntry } from '../workspace/document-numbers.ts';
import { getDraft } from '../workspace/drafts.ts';
import { finaliseDraft } from '../workspace/finalise-draft.ts';
import { issuedDocumentsWorkbook } from '../workspace/issued-documents-workbook.ts';
import { addIssuedDocument, listIssuedDocuments, recordReply, recordServed, type IssuedDocument } from '../workspace/issued-documents.ts';
import type { Workspace } from '../workspace/open-workspace.ts';

type RegisterHandlers = Pick<ApiHandlers, keyof typeof registersContract>;

export interface RegisterDeps {
  workspace: () => Workspace;
  exportDir: string;
  exports: ExportRegistry;
}

const numberColumns = (e: DocumentNumberEntry) => [
  e.number,
  e.title,
  e.allocatedBy,
  e.manualReason,
  e.voidedBy,
  e.voidReason,
  e.voided ? '已作废' : '已使用',
  e.manual ? '手工登记' : '自动分配',
];
const issuedColumns = (e: IssuedDocument) => [e.kind, e.documentNumber, e.title, e.recipient, e.note, e.status, e.issuedDate, e.servedDate, e.replyDueDate];

export function createRegisterHandlers({ workspace, exportDir, exports }: RegisterDeps): RegisterHandlers {
  const numbers = (query = '') => listDocumentNumbers(workspace()).filter((entry) => matchesSearch(query, numberColumns(entry)));
  const issued = ({ asOf, status, query = '' }: { asOf: string; status?: IssuedDocument['status']; query?: string }) =>
    listIssuedDocuments(workspace(), { asOf, status }).filter((entry) => matchesSearch(query, issuedColumns(entry)));
  return {
    proposeNumber: async (sequence) => proposeDocumentNumber(workspace(), sequence),
    finaliseDraft: async (request) => {
      const ws = workspace();
      const { number, version } = finaliseDraft(ws, request);
      return { number, version, draft: getDraft(ws, request.draftId) };
    },
    listNumbers: async ({ query }) => numbers(query),
    overrideNumber: async (request) => assignDocumentNumber(workspace(), request),
    voidNumber: async (request) => voidDocumentNumber(workspace(), request),
    exportNumberRegister: async ({ query }) => saveExport(documentNumberWorkbook(numbers(query)), '文号登记簿', '.xlsx', exportDir, exports),
    listIssued: async (filter) => issued(filter),
    addIssued: async ({ asOf, ...entry }) => addIssuedDocument(workspace(), entry, asOf),
    recordServed: async ({ asOf, ...served }) => recordServed(workspace(), served, asOf),
    recordReply: async ({ asOf, ...reply }) => recordReply(workspace(), reply, asOf),
    exportIssuedRegister: async (filter) => saveExport(issuedDocumentsWorkbook(issued(filter), filter.asOf), '发文登记簿', '.xlsx', exportDir, exports),
  };
}
