/**
 * The template's guidance in the page's left margin, beside the block each section starts with:
 * a muted note clipped to the room before the next one, opened whole with its 写作提示 button
 * (Esc closes). The block is described by its note for screen readers. The notes live outside the
 * editable text and the model's printed content, so they never reach the pages, the .docx or a PDF.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { $getRoot, type NodeKey } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Guidance } from '../../../../../core/model/blocks.ts';
import { $getGuidance } from './guidance-state.ts';
import { sameJson } from './same-json.ts';
import './guidance.css';

interface PlacedNote {
  key: NodeKey;
  guidance: Guidance;
  top: number;
  /** Height free before the next note (or the end of the body). */
  room: number;
}

const noteLineHeight = 17;
const tagHeight = 20;

export function GuidancePlugin() {
  const [editor] = useLexicalComposerContext();
  const idPrefix = useId();
  const [notes, setNotes] = useState<PlacedNote[]>([]);
  useEffect(() => {
    let frame = 0;
    // Read after the browser has laid out the update, once per frame however fast the typing.
    const place = () => {
      frame = 0;
      const blocks = editor.getEditorState().read(() =>
        $getRoot()
          .getChildren()
          .map((node) => ({ key: node.getKey(), guidance: $getGuidance(node) })),
      );
      // A block whose guidance moved on (to the words below it) is no longer described by it.
      for (const { key } of blocks.filter((block) => !block.guidance)) editor.getElementByKey(key)?.removeAttribute('aria-describedby');
      const guided = blocks.flatMap(({ key, guidance }) => (guidance ? [{ key, guidance }] : []));
      const root = editor.getRootElement();
      const end = root ? root.offsetTop + root.offsetHeight : 0;
      const tops = guided.map(({ key }) => editor.getElementByKey(key)?.offsetTop ?? null);
      const next: PlacedNote[] = [];
      guided.forEach(({ key, guidance }, i) => {
        const top = tops[i];
        const element = editor.getElementByKey(key);
        if (top === null || top === undefined || !element) return;
        const id = `${idPrefix}-guide-${key}`;
        if (element.getAttribute('aria-describedby') !== id) element.setAttribute('aria-describedby', id);
        const following = tops.slice(i + 1).find((t) => t !== null && t !== undefined) ?? end;
        next.push({ key, guidance, top, room: Math.max(0, following - top) });
      });
      setNotes((previous) => (sameJson(previous, next) ? previous : next));
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(place);
    };
    schedule();
    const resize = new ResizeObserver(schedule);
    const root = editor.getRootElement();
    if (root) resize.observe(root);
    const unregister = editor.registerUpdateListener(schedule);
    return () => {
      unregister();
      resize.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [editor, idPrefix]);

  if (notes.length === 0) return null;
  return (
    <div className="guide-gutter">
      {notes.map((note) => (
        <GuidanceNote key={note.key} id={`${idPrefix}-guide-${note.key}`} note={note} />
      ))}
    </div>
  );
}

function GuidanceNote({ id, note }: { id: string; note: PlacedNote }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const lines = Math.max(1, Math.floor((note.room - tagHeight - 4) / noteLineHeight));
  const sections = note.guidance.map((g) => g.section).join('、');
  const close = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="guide-note" style={{ top: note.top }} onKeyDown={close}>
      <button
        ref={button}
        type="button"
        className="guide-tag"
        aria-expanded={open}
        aria-controls={id}
        title={`${open ? '收起' : '展开'}“${sections}”的写作提示`}
        onClick={() => setOpen(!open)}
      >
        写作提示
      </button>
      <div id={id} role="note" aria-label={`写作提示：${sections}`} className={`guide-text ${open ? 'open' : ''}`} style={{ WebkitLineClamp: open ? 'none' : lines }}>
        {note.guidance.map((g, i) => (
          <p key={i}>
            <span className="guide-section">{g.section}</span>
            {g.text}
          </p>
        ))}
      </div>
    </div>
  );
}
