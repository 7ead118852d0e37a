/** Above the body: the kind of the paragraph at the caret (正文, 一级标题…, 分项) and inserting a page break. */
import { useEffect, useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $insertNodeToNearestRoot } from '@lexical/utils';
import { $blockKindOf, $selectedBlocks, $setBlockKind, blockKinds, type BlockKind } from './block-type.ts';
import { $createPageBreakNode } from './PageBreakNode.ts';
import { blockKindKeys } from './shortcuts.ts';

const keyOf = (kind: BlockKind) => blockKindKeys.find((k) => k.kind === kind)?.key;

export function BodyToolbar() {
  const [editor] = useLexicalComposerContext();
  const [kind, setKind] = useState<BlockKind | ''>('');
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) =>
        setKind(
          editorState.read(() => {
            const [first] = $selectedBlocks();
            return (first && $blockKindOf(first)) || '';
          }),
        ),
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
    </div>
  );
}
