/**
 * Reads the body back into model blocks after every change and labels each top-level paragraph
 * with the block it belongs to (data-block), which is how a checker finding or a preview click on
 * body.N finds it. The read runs once the typed letter is painted: the rest of the screen (outline,
 * preview, checker, autosave) reacts a frame later, never in the keystroke's own frame. A click or
 * shortcut anywhere, or a key typed outside the body, first takes the pending read, so whatever it
 * does (save, export, go home) sees every letter typed. The editor opens with the draft's own
 * blocks, so it is not read then: its paragraphs are labelled from where loading put each block.
 */
import { useEffect, useRef } from 'react';
import { $getRoot, type LexicalEditor, type NodeKey } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Block } from '../../../../../core/model/blocks.ts';
import { afterPaint } from '../../../after-paint.ts';
import { useDraftSession } from '../../versions/draft-session.ts';
import { onTakePendingTyping } from './pending-typing.ts';
import { $readRoot } from './convert.ts';
import { reuseUnchanged } from './reuse-unchanged.ts';

/** Sets each top-level paragraph's data-block to the block it shows, or removes it from one that shows none. */
function $label(editor: LexicalEditor, placed: ReadonlyMap<NodeKey, number>): void {
  for (const node of $getRoot().getChildren()) {
    const element = editor.getElementByKey(node.getKey());
    const index = placed.get(node.getKey());
    if (!element) continue;
    if (index === undefined) delete element.dataset.block;
    else if (element.dataset.block !== String(index)) element.dataset.block = String(index);
  }
}

interface Props {
  /** The blocks the editor was loaded with, and which block each top-level node loaded shows. */
  initial: readonly Block[];
  placed: ReadonlyMap<NodeKey, number>;
  onChange: (body: Block[]) => void;
}

export function ModelSyncPlugin({ initial, placed, onChange }: Props) {
  const [editor] = useLexicalComposerContext();
  const last = useRef<readonly Block[]>(initial);
  const report = useRef(onChange);
  report.current = onChange;
  const draftSession = useDraftSession();
  const session = useRef(draftSession);
  session.current = draftSession;
  useEffect(() => {
    const sync = () => {
      const read = editor.getEditorState().read(() => {
        const { blocks, placed } = $readRoot();
        $label(editor, placed);
        return blocks;
      });
      // Renumbering or undoing back to the last read changes no words: only a real edit reaches the draft (and autosave).
      const blocks = reuseUnchanged(last.current, read);
      session.current.typingRead(blocks !== null);
      if (!blocks) return;
      last.current = blocks;
      report.current(blocks);
    };
    editor.getEditorState().read(() => $label(editor, placed));
    const later = afterPaint(sync);
    const takePending = (event: Event) => {
      const inBody = event.target instanceof Node && editor.getRootElement()?.contains(event.target);
      const shortcut = event instanceof KeyboardEvent && (event.ctrlKey || event.metaKey || event.altKey);
      if (event.type === 'pointerdown' || shortcut || !inBody) later.flush();
    };
    window.addEventListener('pointerdown', takePending, true);
    window.addEventListener('keydown', takePending, true);
    const stopTaking = onTakePendingTyping(() => later.flush());
    const stop = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      session.current.typingPending();
      later.schedule();
    });
    return () => {
      stop();
      stopTaking();
      // An editor going away is being replaced (a restored version, going home after a flush): its pending read is moot.
      later.cancel();
      window.removeEventListener('pointerdown', takePending, true);
      window.removeEventListener('keydown', takePending, true);
    };
  }, [editor, placed]);
  return null;
}
