/** 最近的草稿: drafts kept in the workspace, newest first; one click reopens one. */
import { useEffect, useState } from 'react';
import type { ApiResult } from '../../../../core/api/contract.ts';
import { callApi } from '../../api/call-api.ts';

type Draft = ApiResult<'getDraft'>;

export function RecentDrafts({ onOpen }: { onOpen: (draft: Draft) => void }) {
  const [drafts, setDrafts] = useState<ApiResult<'listDrafts'>>([]);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    callApi('listDrafts').then(setDrafts, (error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  }, []);

  const open = async (id: string) => {
    try {
      onOpen(await callApi('getDraft', { id }));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  if (problem)
    return (
      <p role="alert" className="app-problem">
        {problem}
      </p>
    );
  if (drafts.length === 0) return null;
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">最近的草稿</h2>
      <ul className="recent-list">
        {drafts.slice(0, 12).map((draft) => (
          <li key={draft.id}>
            <button type="button" onClick={() => void open(draft.id)}>
              <span className="recent-title">{draft.title || '（未命名）'}</span>
              <span className="recent-meta">
                {draft.genre} · {new Date(draft.updatedAt).toLocaleString('zh-CN')}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
