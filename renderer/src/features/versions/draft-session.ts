/**
 * What the version and 文号 widgets need from the open draft besides its content: its id in
 * the workspace, a way to save the latest typing first, and a way to take back the draft the
 * host changed (a restored version, a 定稿 with its number) as the editor's new state.
 */
import { createContext, useContext } from 'react';
import type { ApiResult } from '../../../../core/api/contract.ts';

export type StoredDraft = ApiResult<'getDraft'>;

export interface DraftSession {
  /** Null until a blank draft is stored on its first change. */
  draftId: string | null;
  flush(): Promise<boolean>;
  reload(draft: StoredDraft): void;
  /** The body holds typing the draft has not received yet (it is read a frame after it is drawn): until then nothing may say 已自动保存. */
  typingPending(): void;
  /** That typing has been read; `changed` is false when it changed no words, so nothing new is waiting to be saved. */
  typingRead(changed: boolean): void;
}

export const DraftSessionContext = createContext<DraftSession>({ draftId: null, flush: async () => true, reload: () => {}, typingPending: () => {}, typingRead: () => {} });

export const useDraftSession = (): DraftSession => useContext(DraftSessionContext);
