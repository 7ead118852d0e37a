/** The contexts the editor screen hands down: the body editor's commands and the open draft's session. */
import type { ReactNode } from 'react';
import { EditorCommandsContext, type EditorCommandsHolder } from '../editor/editor-commands.ts';
import { DraftSessionContext, type DraftSession } from './draft-session.ts';

interface Props {
  commands: EditorCommandsHolder;
  session: DraftSession;
  children: ReactNode;
}

export function EditorProviders({ commands, session, children }: Props) {
  return (
    <EditorCommandsContext.Provider value={commands}>
      <DraftSessionContext.Provider value={session}>{children}</DraftSessionContext.Provider>
    </EditorCommandsContext.Provider>
  );
}
