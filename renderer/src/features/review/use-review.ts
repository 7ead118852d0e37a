/**
 * The open draft's review: read from the workspace when the draft opens, replaced by 导入审阅稿,
 * changed by each decision, reply and 解决, and accepted into a new version through the host,
 * which hands back the changed draft for the editor to take.
 */
import { useEffect, useState } from 'react';
import type { ReviewState, ReviewUpdate } from '../../../../core/api/contract-review.ts';
import { callApi } from '../../api/call-api.ts';
import { base64Of } from '../../base64.ts';
import type { DraftSession } from '../versions/draft-session.ts';

export interface ReviewApplied {
  versionName: string;
  problems: Array<{ id: number; message: string }>;
}

export interface ReviewControl {
  review: ReviewState | null;
  busy: boolean;
  problem: string | null;
  applied: ReviewApplied | null;
  importFile(file: File): Promise<boolean>;
  update(updates: ReviewUpdate[]): Promise<void>;
  apply(versionName: string): Promise<void>;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useReview(session: DraftSession): ReviewControl {
  const { draftId } = session;
  const [review, setReview] = useState<ReviewState | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [applied, setApplied] = useState<ReviewApplied | null>(null);

  useEffect(() => {
    setReview(null);
    if (!draftId) return;
    let live = true;
    callApi('getReview', { draftId }).then(
      (stored) => live && setReview(stored),
      (error: unknown) => live && setProblem(messageOf(error)),
    );
    return () => {
      live = false;
    };
  }, [draftId]);

  const guarded = async (job: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setProblem(null);
    try {
      await job();
      return true;
    } catch (error) {
      setProblem(messageOf(error));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return {
    review,
    busy,
    problem,
    applied,
    importFile: (file) =>
      guarded(async () => {
        if (!draftId) throw new Error('这份草稿还没有存入工作区：先写下内容，再导入审阅稿。');
        const base64 = base64Of(new Uint8Array(await file.arrayBuffer()));
        setReview(await callApi('importReview', { draftId, file: { name: file.name, base64 } }));
        setApplied(null);
      }),
    update: async (updates) => {
      if (!draftId) return;
      await guarded(async () => setReview(await callApi('updateReview', { draftId, updates })));
    },
    apply: async (versionName) => {
      if (!draftId) return;
      await guarded(async () => {
        await session.flush();
        const result = await callApi('applyReview', { draftId, versionName });
        session.reload(result.draft);
        setReview(result.review);
        setApplied({ versionName: result.version.name, problems: result.problems });
      });
    },
  };
}
