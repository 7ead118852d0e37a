/** Fills the editor screen's command holder with this Lexical editor's implementation while it is mounted. */
import { useEffect } from 'react';
import { $getSelection, $isRangeSelection } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $unfilledFields, focusField } from './body/unfilled-fields.ts';
import { useEditorCommands, type EditorCommands } from './editor-commands.ts';

export function EditorCommandsPlugin() {
  const [editor] = useLexicalComposerContext();
  const holder = useEditorCommands();
  useEffect(() => {
    const commands: EditorCommands = {
      insertText: (text) => {
        let inserted = false;
        editor.update(
          () => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            selection.insertText(text);
            inserted = true;
          },
          { discrete: true },
        );
        if (inserted) editor.focus();
        return inserted;
      },
      selectedText: () => editor.getEditorState().read(() => $getSelection()?.getTextContent() ?? ''),
      selectUnfilledField: (index) => {
        const key = editor.getEditorState().read(() => $unfilledFields()[index]?.getKey() ?? null);
        if (key === null) return false;
        focusField(editor, key);
        return true;
      },
      unfilledCount: () => editor.getEditorState().read(() => $unfilledFields().length),
    };
    holder.current = commands;
    return () => {
      if (holder.current === commands) holder.current = null;
    };
  }, [editor, holder]);
  return null;
}
