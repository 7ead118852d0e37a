/**
 * Undo and redo in the body, starting from the body as it was loaded. Lexical's history can undo
 * an edit only to a state it has seen, and loading is no update it sees (the editor is filled as it
 * is created, before any plugin mounts): without this start the first edit after opening a draft,
 * say a table cell typed into first, could not be undone.
 */
import { useEffect } from 'react';
import { registerHistory } from '@lexical/history';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';

/** Typing within this long of the last change is undone with it (Lexical's own default). */
const mergeTypingMs = 1000;

export function BodyHistoryPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerHistory(editor, { current: { editor, editorState: editor.getEditorState() }, undoStack: [], redoStack: [] }, mergeTypingMs), [editor]);
  return null;
}
