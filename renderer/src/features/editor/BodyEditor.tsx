/**
 * The body text: a Lexical editor of plain paragraphs. What the writer types is read the
 * way the plain-text import reads a draft, so a typed `一、` or `（一）…。` becomes a heading
 * whose ordinal the document computes, and `一是……二是……` an enumeration.
 */
import { $createParagraphNode, $createTextNode, $getRoot, type EditorState } from 'lexical';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { Block } from '../../../../core/model/document.ts';
import { bodyBlocks } from '../../../../core/import/body-blocks.ts';
import { composeBlocks } from '../../../../core/typeset/compose-body.ts';

function blocksOf(state: EditorState): Block[] {
  const lines = state.read(() => $getRoot().getChildren().map((node) => node.getTextContent()));
  const paragraphs = lines.map((line, index) => ({ text: line, line: index + 1 })).filter((p) => p.text.trim() !== '');
  return bodyBlocks(paragraphs, []);
}

/** The lines as printed, ordinals included, to seed the editor from a document. */
function printedLines(blocks: readonly Block[]): string[] {
  return composeBlocks(blocks, 'body').flatMap((item) => (item.kind === 'paragraph' ? [item.runs.map((r) => (r.lineBreak ? '\n' : r.text)).join('')] : []));
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
      for (const line of printedLines(initial)) root.append($createParagraphNode().append($createTextNode(line)));
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
        <OnChangePlugin ignoreSelectionChange onChange={(state) => onChange(blocksOf(state))} />
      </div>
    </LexicalComposer>
  );
}
