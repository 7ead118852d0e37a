/** The host side of the pack calls: pack bytes arrive as base64, exports are written into the export folder, the shared source is named in the settings. */
import type { ApiHandlers } from '../../core/api/contract.ts';
import type { packsContract } from '../../core/api/contract-packs.ts';
import { saveExport, type ExportRegistry } from '../exports.ts';
import { readPreferences } from '../settings/preferences.ts';
import type { Workspace } from '../workspace/open-workspace.ts';
import { listUserPhrases } from '../workspace/phrases.ts';
import { keyId } from './pack-signing.ts';
import type { PackService } from './pack-service.ts';
import type { SourceService } from './source-service.ts';
import { ensureSigningKey, readSigningKey } from './signing-key.ts';
import { distrustPublisher, readTrustedPublishers, trustPublisher, type TrustedPublisher } from './trusted-publishers.ts';

type PackHandlers = Pick<ApiHandlers, keyof typeof packsContract>;

export interface PackHandlerDeps {
  workspaceDir: string;
  workspace: () => Workspace;
  packs: PackService;
  source: SourceService;
  exportDir: string;
  exports: ExportRegistry;
}

const bytesOf = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));
const withKeyIds = (publishers: TrustedPublisher[]) => publishers.map((publisher) => ({ ...publisher, keyId: keyId(publisher.publicKey) }));

export function createPackHandlers(deps: PackHandlerDeps): PackHandlers {
  return {
    listPacks: () => deps.packs.list(),
    verifyPack: ({ file }) => deps.packs.verify(bytesOf(file.base64), file.name),
    installPack: ({ file, acceptUnsigned, applyLetterhead }) => deps.packs.install(bytesOf(file.base64), file.name, acceptUnsigned, { applyLetterhead }),
    rollbackPack: ({ id }) => deps.packs.rollback(id),
    exportPack: async (request) => {
      const { bytes, warnings } = await deps.packs.build(request, { phrases: () => listUserPhrases(deps.workspace()), preferences: () => readPreferences(deps.workspaceDir) });
      return { ...(await saveExport(bytes, `${request.name}-${request.version}`, '.gwpack', deps.exportDir, deps.exports)), warnings };
    },
    getSigningKey: async ({ create }) => {
      const key = create ? await ensureSigningKey(deps.workspaceDir) : await readSigningKey(deps.workspaceDir);
      return key && { publicKey: key.publicKey, keyId: key.keyId };
    },
    listTrustedPublishers: async () => withKeyIds(await readTrustedPublishers(deps.workspaceDir)),
    trustPublisher: async (publisher) => withKeyIds(await trustPublisher(deps.workspaceDir, publisher)),
    distrustPublisher: async ({ publicKey }) => withKeyIds(await distrustPublisher(deps.workspaceDir, publicKey)),
    listSourcePacks: () => deps.source.list(),
    installSourcePack: ({ id, acceptUnsigned, applyLetterhead }) => deps.source.install(id, acceptUnsigned, applyLetterhead === true),
  };
}
