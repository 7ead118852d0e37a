/** Above the body: the kind of the paragraph at the caret (正文, 一级标题…, 分项), inserting a page break and marking words as a field. */
import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import { $blockKindOf, $selectedBlocks, $setBlockKind, blockKinds, type BlockKind } from './block-type.ts';
import { $isBodyHeadingNode } from './HeadingNode.ts';
import { $createPageBreakNode } from './PageBreakNode.ts';
import { $isRunIn, $toggleRunIn } from './run-in.ts';
import { blockKindKeys } from './shortcuts.ts';
import { MarkFieldButton } from '../../authoring/MarkFieldButton.tsx';

const keyOf = (kind: BlockKind) => blockKindKeys.find((k) => k.kind === kind)?.key;

export function BodyToolbar() {
  const [editor] = useLexicalComposerContext();
  const [kind, setKind] = useState<BlockKind | ''>('');
  const [runIn, setRunIn] = useState(false);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) =>
        editorState.read(() => {
          const [first] = $selectedBlocks();
          setKind((first && $blockKindOf(first)) || '');
          setRunIn($isBodyHeadingNode(first) && $isRunIn(first));
        }),
      ),
    [editor],
  );
  const change = (next: BlockKind) => {
    editor.update(() => $setBlockKind(next));
    editor.focus();
  };
  return (
    <div className="body-toolbar" role="toolbar" aria-label="正文格式">
      <span className="body-toolbar-label" aria-hidden="true">
        段落格式
      </span>
      <select aria-label="段落格式" value={kind} onChange={(e) => change(e.target.value as BlockKind)} disabled={kind === ''}>
        {kind === '' && <option value="">（先在正文中点一下）</option>}
        {blockKinds.map(({ kind: k, label }) => (
          <option key={k} value={k}>
            {label}　Ctrl+{keyOf(k)}
          </option>
        ))}
      </select>
      {kind.startsWith('heading') && (
        <button
          type="button"
          aria-pressed={runIn}
          title="标题句后接正文，同段排印"
          onClick={() => {
            editor.update(() => $toggleRunIn($selectedBlocks()[0] ?? null));
            editor.focus();
          }}
        >
          标题后接正文
        </button>
      )}
      <button
        type="button"
        title="Ctrl+Enter"
        onClick={() => {
          editor.update(() => $insertNodeToNearestRoot($createPageBreakNode()));
          editor.focus();
        }}
      >
        插入分页符
      </button>
      <MarkFieldButton />
    </div>
  );
}
