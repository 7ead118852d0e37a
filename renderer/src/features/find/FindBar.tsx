/**
 * 查找 (Ctrl+F) over the whole draft: title, header and closing fields, the body with its field
 * values, attachments. Enter / Shift+Enter or 下一个 / 上一个 step through the matches, the count
 * shows where you are, Esc closes and hands the focus back. 替换 changes typed words only (see
 * replace-in-document.ts) and is one undo step.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { findInDocument } from '../../../../core/model/find-in-document.ts';
import { replaceInDocument } from '../../../../core/model/replace-in-document.ts';
import { clearMatches, revealMatch } from './reveal-match.ts';
import './find.css';

interface Props {
  document: GongwenDocument;
  /** Puts a replaced draft in place as one undoable operation. */
  onReplace: (document: GongwenDocument) => void;
}

export function FindBar({ document: draft, onReplace }: Props) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [replacing, setReplacing] = useState(false);
  const [replacement, setReplacement] = useState('');
  const [outcome, setOutcome] = useState('');
  const [position, setPosition] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const matches = useMemo(() => (open ? findInDocument(draft, query) : []), [draft, query, open]);
  const current = matches.length > 0 ? Math.min(position, matches.length - 1) : -1;

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'f') return;
      event.preventDefault();
      if (document.activeElement !== input.current) returnTo.current = document.activeElement as HTMLElement | null;
      setOpen(true);
      requestAnimationFrame(() => input.current?.select());
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    if (current < 0) clearMatches();
    else revealMatch(matches, matches[current]!, query);
  }, [matches, current, query]);

  useEffect(() => clearMatches, []);

  const step = (by: number) => {
    if (matches.length === 0) return;
    setPosition((current + by + matches.length) % matches.length);
  };

  const replaceMatches = (which: 'current' | 'all') => {
    const target = which === 'all' ? 'all' : matches[current];
    if (!target) return;
    const result = replaceInDocument(draft, query, replacement, target);
    if (result.replaced > 0) onReplace(result.document);
    const skipped = result.skipped > 0 ? `；${result.skipped} 处在字段值、表格或名单中，未替换` : '';
    setOutcome(`已替换 ${result.replaced} 处${skipped}。`);
  };

  const close = () => {
    setOpen(false);
    clearMatches();
    returnTo.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && event.target === input.current) {
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    }
  };

  if (!open) return null;
  const match = current >= 0 ? matches[current]! : null;
  return (
    <div className="find-bar" role="search" aria-label="查找" data-own-undo onKeyDown={onKeyDown}>
      <input
        ref={input}
        type="search"
        aria-label="查找内容"
        placeholder="查找标题、正文、字段中的文字"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setPosition(0);
          setOutcome('');
        }}
      />
      <span className="find-count" role="status" aria-live="polite">
        {query === '' ? '' : match ? `第 ${current + 1} 处，共 ${matches.length} 处 · ${match.label}` : '未找到'}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={matches.length === 0} title="上一个（Shift+Enter）">
        上一个
      </button>
      <button type="button" onClick={() => step(1)} disabled={matches.length === 0} title="下一个（Enter）">
        下一个
      </button>
      <button type="button" aria-expanded={replacing} onClick={() => setReplacing((r) => !r)}>
        替换…
      </button>
      <button type="button" onClick={close} title="关闭（Esc）">
        关闭
      </button>
      {replacing && (
        <div className="find-replace">
          <input aria-label="替换为" placeholder="替换为" value={replacement} onChange={(e) => setReplacement(e.target.value)} />
          <button type="button" onClick={() => replaceMatches('current')} disabled={!match}>
            替换
          </button>
          <button type="button" onClick={() => replaceMatches('all')} disabled={!match}>
            全部替换
          </button>
          <span className="find-note">只替换输入的文字，不改字段值</span>
          <span role="status">{outcome}</span>
        </div>
      )}
    </div>
  );
}
