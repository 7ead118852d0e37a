/**
 * The body: a structured Lexical editor over the model's blocks (see body/). Headings show their
 * computed ordinals, fields are chips that keep their provenance, tables and page breaks are
 * blocks of their own. The editor reads the blocks once; every change is read back into blocks.
 */
import { useState } from 'react';
import type { LexicalEditor, NodeKey } from 'lexical';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { Block } from '../../../../core/model/document.ts';
import { BodyHistoryPlugin } from './body/BodyHistoryPlugin.tsx';
import { BodyKeysPlugin } from './body/BodyKeysPlugin.tsx';
import { BodyToolbar } from './body/BodyToolbar.tsx';
import { GuidancePlugin } from './body/GuidancePlugin.tsx';
import { $loadBody } from './body/load-body.ts';
import { ModelSyncPlugin } from './body/ModelSyncPlugin.tsx';
import { bodyNodes } from './body/nodes.ts';
import { PastePlugin } from './body/PastePlugin.tsx';
import { TypedOrdinalPlugin } from './body/TypedOrdinalPlugin.tsx';
import { EditorCommandsPlugin } from './EditorCommandsPlugin.tsx';

interface Props {
  initial: Block[];
  /** The document's names left anonymous on purpose: pasted again, they stay text. */
  confirmedNames: readonly string[];
  onChange: (body: Block[]) => void;
}

export function BodyEditor({ initial, confirmedNames, onChange }: Props) {
  const [blocks] = useState(initial);
  // Filled as the composer loads the blocks, which is before any plugin mounts.
  const [placed] = useState(() => new Map<NodeKey, number>());
  const initialConfig = {
    namespace: 'gongwen-body',
    nodes: bodyNodes,
    onError: (error: Error) => {
      throw error;
    },
    theme: { paragraph: 'body-paragraph', text: { bold: 'body-bold' } },
    editorState: (editor: LexicalEditor) => {
      for (const [key, index] of $loadBody(editor, blocks)) placed.set(key, index);
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="body-editor">
        <BodyToolbar />
        <GuidancePlugin />
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
        <BodyHistoryPlugin />
        <TypedOrdinalPlugin />
        <BodyKeysPlugin />
        <PastePlugin confirmedNames={confirmedNames} />
        <EditorCommandsPlugin />
        <ModelSyncPlugin initial={blocks} placed={placed} onChange={onChange} />
      </div>
    </LexicalComposer>
  );
}
