/**
 * 搜索草稿: titles and full text (body, header, fields' values) of every draft in the
 * workspace, newest first. Enter opens the first result; ↓ and ↑ move through the results.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ApiResult } from '../../../../core/api/contract.ts';
import { markTerms, searchTerms, type TextPiece } from '../../../../core/workspace/search-text.ts';
import { callApi } from '../../api/call-api.ts';

type Search = ApiResult<'searchDrafts'>;

/** Typing pauses this long before the workspace is asked, so each keystroke does not search. */
const pauseMs = 150;

function Marked({ pieces }: { pieces: readonly TextPiece[] }) {
  return <>{pieces.map((piece, i) => (piece.match ? <mark key={i}>{piece.text}</mark> : <span key={i}>{piece.text}</span>))}</>;
}

export function DraftSearch({ onOpen }: { onOpen: (draft: ApiResult<'getDraft'>) => void }) {
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<{ query: string; result: Search } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (searchTerms(query).length === 0) {
      setSearch(null);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      callApi('searchDrafts', { query }).then(
        (result) => {
          if (!current) return;
          setProblem(null);
          setSearch({ query, result });
        },
        (error: unknown) => current && setProblem(error instanceof Error ? error.message : String(error)),
      );
    }, pauseMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query]);

  const open = async (id: string) => {
    try {
      onOpen(await callApi('getDraft', { id }));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  const results = () => [...(list.current?.querySelectorAll('button') ?? [])];

  const inputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    const first = search?.result.hits[0];
    if (event.key === 'Enter' && first) {
      event.preventDefault();
      void open(first.id);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      results()[0]?.focus();
    } else if (event.key === 'Escape') {
      setQuery('');
    }
  };

  const listKey = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const buttons = results();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.current?.focus();
    else buttons[Math.min(next, buttons.length - 1)]?.focus();
  };

  const terms = search ? searchTerms(search.query) : [];

  return (
    <section className="draft-search" aria-labelledby="draft-search-title">
      <h2 id="draft-search-title" className="visually-hidden">
        搜索草稿
      </h2>
      <input
        ref={input}
        type="search"
        className="draft-search-input"
        aria-label="搜索草稿"
        placeholder="搜索草稿：标题、正文、文号、填写的数值……（多个词用空格分开）"
        value={query}
        maxLength={200}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={inputKey}
      />
      {problem && (
        <p role="alert" className="app-problem">
          {problem}
        </p>
      )}
      {search && (
        <div className="draft-search-results" aria-live="polite">
          <p className="draft-search-count">
            {search.result.hits.length === 0
              ? `没有包含“${search.query.trim()}”的草稿。`
              : search.result.more
                ? `显示最近保存的 ${search.result.hits.length} 份，还有更多：请再输入一个词缩小范围。`
                : `找到 ${search.result.hits.length} 份草稿`}
          </p>
          {search.result.hits.length > 0 && (
            <ul ref={list} className="draft-search-list" aria-label="搜索结果" onKeyDown={listKey}>
              {search.result.hits.map((hit) => (
                <li key={hit.id}>
                  <button type="button" onClick={() => void open(hit.id)}>
                    <span className="draft-search-title">
                      <Marked pieces={markTerms(hit.title, terms)} />
                    </span>
                    <span className="recent-meta">
                      {hit.genre} · 最后保存于 {new Date(hit.updatedAt).toLocaleString('zh-CN')}
                    </span>
                    <span className="draft-search-snippet">
                      <Marked pieces={hit.snippet} />
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
