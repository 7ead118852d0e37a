/** The body text: a Lexical editor whose paragraphs become the document's body blocks. */
import { $createParagraphNode, $createTextNode, $getRoot, type EditorState } from 'lexical';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { Block } from '../../../../core/model/document.ts';
import { inlineText, text } from '../../../../core/model/inline.ts';

function paragraphsOf(state: EditorState): Block[] {
  return state.read(() =>
    $getRoot()
      .getChildren()
      .map((node) => node.getTextContent())
      .filter((text) => text.trim() !== '')
      .map((value) => ({ type: 'paragraph' as const, content: text(value) })),
  );
}

export function BodyEditor({ initial, onChange }: { initial: Block[]; onChange: (body: Block[]) => void }) {
  const initialConfig = {
    namespace: 'gongwen-body',
    onError: (error: Error) => {
      throw error;
    },
    theme: { paragraph: 'body-paragraph' },
    editorState: () => {
      const root = $getRoot();
      for (const block of initial) if (block.type === 'paragraph') root.append($createParagraphNode().append($createTextNode(inlineText(block.content))));
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="body-editor">
        <RichTextPlugin
          contentEditable={<ContentEditable className="body-editable" aria-label="正文" aria-placeholder="在此输入正文，回车分段" placeholder={<div className="body-placeholder">在此输入正文，回车分段</div>} />}
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <OnChangePlugin ignoreSelectionChange onChange={(state) => onChange(paragraphsOf(state))} />
      </div>
    </LexicalComposer>
  );
}
