/** The host side of the 常用语 calls: the pack's snippets merged with the writer's own from the workspace. */
import type { ApiHandlers } from '../../core/api/contract.ts';
import type { phrasesContract } from '../../core/api/contract-phrases.ts';
import { phraseList } from '../../core/template/phrase-list.ts';
import type { TemplateService } from '../templates/template-service.ts';
import type { Workspace } from '../workspace/open-workspace.ts';
import { deleteUserPhrase, listUserPhrases, saveUserPhrase } from '../workspace/phrases.ts';

type PhraseHandlers = Pick<ApiHandlers, keyof typeof phrasesContract>;

export function createPhraseHandlers(workspace: () => Workspace, templates: TemplateService): PhraseHandlers {
  return {
    listPhrases: async ({ templateId }) => {
      const pack = await templates.snippets();
      return { phrases: phraseList(pack.templates, listUserPhrases(workspace()), templateId), problems: pack.problems };
    },
    savePhrase: async (phrase) => saveUserPhrase(workspace(), phrase),
    deletePhrase: async ({ id }) => ({ deleted: deleteUserPhrase(workspace(), id) }),
  };
}
