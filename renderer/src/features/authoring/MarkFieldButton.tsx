/**
 * 标为字段 in the body toolbar (Ctrl+Shift+F): the selected words become a field chip with a name the
 * writer gives. The chip keeps the words as its typed value, so the draft reads as before; a template
 * saved from the draft declares the field, and drafts made from that template start with it unfilled.
 */
import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, $setSelection, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND, type BaseSelection } from 'lexical';
import { NameSchema } from '../../../../core/template/template-schema.ts';
import { $catchUpWithCaret } from '../editor/body/BodyKeysPlugin.tsx';
import { $createFieldNode } from '../editor/body/FieldNode.tsx';
import { DialogForm } from '../versions/DialogForm.tsx';

interface Marking {
  selection: BaseSelection;
  words: string;
}

/** The selected words to mark, or why there are none. */
function $selectionToMark(): Marking | string {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return '请先在正文中选中要标为字段的文字。';
  const words = selection.getTextContent();
  if (/\n/.test(words)) return '字段只能在一段之内，请只选中一段中的文字。';
  if (words.trim() === '') return '选中的只有空白，请选中要标为字段的文字。';
  return { selection: selection.clone(), words };
}

export function MarkFieldButton() {
  const [editor] = useLexicalComposerContext();
  const [marking, setMarking] = useState<Marking | null>(null);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!(event.ctrlKey || event.metaKey) || !event.shiftKey || event.altKey || event.key.toLowerCase() !== 'f') return false;
          event.preventDefault();
          $catchUpWithCaret(editor, event);
          const found = $selectionToMark();
          // The dialog opens after this update: it reads nothing from the editor.
          queueMicrotask(() => show(found));
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  const start = () => show(editor.getEditorState().read($selectionToMark));

  const show = (found: Marking | string) => {
    if (typeof found === 'string') {
      setProblem(found);
      return;
    }
    setProblem(null);
    setName(NameSchema.safeParse(found.words.trim()).success ? found.words.trim() : '');
    setMarking(found);
  };

  const mark = async () => {
    const parsed = NameSchema.safeParse(name.trim());
    if (!parsed.success) throw new Error(`字段名${name.trim() ? '只能包含文字、数字和 _·（）()-/，不超过 60 个字' : '不能为空'}。`);
    const chosen = marking!;
    editor.update(() => {
      $setSelection(chosen.selection.clone());
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertNodes([$createFieldNode({ type: 'field', key: parsed.data, value: chosen.words, source: null })]);
    });
    setMarking(null);
  };

  return (
    <>
      <button type="button" onClick={start} aria-keyshortcuts="Control+Shift+F" title="把选中的文字变成字段，另存为模板时成为要填写的内容（Ctrl+Shift+F）">
        标为字段
      </button>
      {problem && (
        <span role="status" className="mark-field-problem">
          {problem}
        </span>
      )}
      {marking && (
        <DialogForm title="标为字段" submitLabel="标为字段" onClose={() => setMarking(null)} run={mark}>
          <p className="modal-hint">选中的文字：“{marking.words}”。它仍留在草稿里；另存为模板后，用模板新建的公文在这里留出待填写的字段。</p>
          <label className="modal-field">
            字段名
            <input value={name} onChange={(e) => setName(e.target.value)} autoFocus maxLength={60} placeholder="如：被检查单位" />
          </label>
        </DialogForm>
      )}
    </>
  );
}
