/**
 * 大纲: the body's headings with their computed ordinals. A click jumps to the heading; dragging
 * an entry onto another of its level, or Alt+↑/Alt+↓, moves the whole section and the numbering
 * follows. ↑/↓ walk the entries. On a narrow window it folds into a single button.
 */
import { useEffect, useMemo, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { Block } from '../../../../core/model/blocks.ts';
import { dropTarget, moveSection, moveSectionTo } from '../../../../core/model/move-section.ts';
import { outlineItems } from './outline-items.ts';
import './outline.css';

interface Props {
  blocks: readonly Block[];
  onMove: (blocks: Block[]) => void;
  onJump: (index: number) => void;
}

const wideEnough = () => typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 1400px)').matches;

export function Outline({ blocks, onMove, onJump }: Props) {
  const items = useMemo(() => outlineItems(blocks), [blocks]);
  const [open, setOpen] = useState(wideEnough);
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const [focusAfterMove, setFocusAfterMove] = useState<number | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    if (focusAfterMove === null) return;
    document.querySelector<HTMLElement>(`.outline [data-heading-index="${focusAfterMove}"]`)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove, items]);

  const commit = (from: number, moved: Block[] | null, failure: string) => {
    if (!moved) {
      setNotice(failure);
      return;
    }
    setNotice('');
    onMove(moved);
    setFocusAfterMove(moved.indexOf(blocks[from]!));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, position: number) => {
    const item = items[position]!;
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const up = event.key === 'ArrowUp';
      commit(item.index, moveSection(blocks, item.index, up ? 'up' : 'down'), up ? '这一节已是同级的第一节，不能再上移。' : '这一节已是同级的最后一节，不能再下移。');
    } else if (!event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const next = items[position + (event.key === 'ArrowUp' ? -1 : 1)];
      if (next) document.querySelector<HTMLElement>(`.outline [data-heading-index="${next.index}"]`)?.focus();
    }
  };

  const allowsDrop = (onto: number) => dragging !== null && dropTarget(blocks, dragging, onto) !== null;

  const onDragOver = (event: DragEvent, onto: number) => {
    if (!allowsDrop(onto)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setOver(onto);
  };

  const onDrop = (event: DragEvent, onto: number) => {
    event.preventDefault();
    const from = dragging;
    setDragging(null);
    setOver(null);
    if (from === null) return;
    const to = dropTarget(blocks, from, onto);
    commit(from, to === null ? null : moveSectionTo(blocks, from, to), '只能拖到同一级标题上。');
  };

  if (!open) {
    return (
      <nav className="outline outline-folded" aria-label="大纲">
        <button type="button" aria-expanded={false} onClick={() => setOpen(true)} title="展开大纲">
          大纲
        </button>
      </nav>
    );
  }

  return (
    <nav className="outline" aria-label="大纲">
      <div className="outline-head">
        <h2>大纲</h2>
        <button type="button" className="outline-fold" aria-expanded onClick={() => setOpen(false)} title="收起大纲">
          收起
        </button>
      </div>
      {items.length === 0 ? (
        <p className="outline-empty">正文还没有标题。以“一、”“（一）”“1.”开头的段落会列在这里。</p>
      ) : (
        <ol className="outline-list">
          {items.map((item, position) => {
            const from = dragging === null ? null : blocks[dragging];
            const before = over === item.index && dragging !== null && item.index < dragging;
            return (
              <li
                key={item.index}
                className={`outline-level-${item.level} ${dragging === item.index ? 'dragging' : ''} ${over === item.index ? (before ? 'drop-before' : 'drop-after') : ''}`}
              >
                <button
                  type="button"
                  draggable
                  data-heading-index={item.index}
                  aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
                  title={`${item.ordinal}${item.text}（拖动或按 Alt+↑/Alt+↓ 移动整节）`}
                  onClick={() => onJump(item.index)}
                  onKeyDown={(event) => onKeyDown(event, position)}
                  onDragStart={(event) => {
                    event.dataTransfer.effectAllowed = 'move';
                    event.dataTransfer.setData('text/plain', `${item.ordinal}${item.text}`);
                    setDragging(item.index);
                  }}
                  onDragEnd={() => {
                    setDragging(null);
                    setOver(null);
                  }}
                  onDragOver={(event) => onDragOver(event, item.index)}
                  onDragLeave={() => setOver((current) => (current === item.index ? null : current))}
                  onDrop={(event) => onDrop(event, item.index)}
                  aria-disabled={from?.type === 'heading' && from.level !== item.level ? true : undefined}
                >
                  <span className="outline-ordinal">{item.ordinal}</span>
                  <span className="outline-text">{item.text || '（空标题）'}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <p className="outline-hint" role="status">
        {notice || '拖动标题或按 Alt+↑、Alt+↓ 移动整节，序号自动重排。'}
      </p>
    </nav>
  );
}
