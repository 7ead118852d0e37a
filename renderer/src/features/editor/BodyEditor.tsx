/**
 * The body text: a Lexical editor of plain paragraphs (see body-text.ts for how lines become
 * blocks: typed ordinals become headings, untouched blocks keep their fields and tables).
 */
import { useState } from 'react';
import { $createParagraphNode, $createTextNode, $getRoot, type EditorState } from 'lexical';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { Block } from '../../../../core/model/document.ts';
import { blocksFromLines, bodyText } from './body-text.ts';
import { EditorCommandsPlugin } from './EditorCommandsPlugin.tsx';

const linesOf = (state: EditorState): string[] =>
  state.read(() =>
    $getRoot()
      .getChildren()
      .map((node) => node.getTextContent()),
  );

export function BodyEditor({ initial, onChange }: { initial: Block[]; onChange: (body: Block[]) => void }) {
  const [{ lines, keep }] = useState(() => bodyText(initial));
  const initialConfig = {
    namespace: 'gongwen-body',
    onError: (error: Error) => {
      throw error;
    },
    theme: { paragraph: 'body-paragraph' },
    editorState: () => {
      const root = $getRoot();
      for (const line of lines) root.append($createParagraphNode().append($createTextNode(line)));
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="body-editor">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="body-editable"
              aria-label="正文"
              aria-placeholder="在此输入正文，回车分段"
              placeholder={<div className="body-placeholder">在此输入正文，回车分段</div>}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <EditorCommandsPlugin />
        <OnChangePlugin ignoreSelectionChange onChange={(state) => onChange(blocksFromLines(linesOf(state), keep))} />
      </div>
    </LexicalComposer>
  );
}
