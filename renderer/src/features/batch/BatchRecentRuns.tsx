/**
 * 最近的批量生成: the last finished runs, kept in the workspace, so after a restart the writer still
 * finds each run's folder and 文号 — 打开文件夹 on the desktop — and can open its summary again.
 */
import { useState } from 'react';
import type { BatchRunRecord } from '../../../../core/api/contract-batch.ts';
import { callApi } from '../../api/call-api.ts';
import { localTime } from '../versions/version-time.ts';
import { BatchSummary } from './BatchSummary.tsx';

interface Props {
  runs: readonly BatchRunRecord[];
  canRevealFiles: boolean;
  onOpenRegisters: () => void;
}

export function BatchRecentRuns({ runs, canRevealFiles, onOpenRegisters }: Props) {
  const [opened, setOpened] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (runs.length === 0) return null;
  const reveal = (exportId: string) => {
    setProblem(null);
    callApi('revealExport', { exportId }).catch((error: unknown) => setProblem(error instanceof Error ? error.message : String(error)));
  };
  return (
    <section className="batch-step batch-recent" aria-label="最近的批量生成">
      <h2>最近的批量生成</h2>
      {problem && (
        <p role="alert" className="export-error">
          {problem}
        </p>
      )}
      <ul>
        {runs.map(({ runId, finishedAt, templateName, outcome, problem: damaged }) => {
          const first = outcome?.units[0]?.documentNumber;
          const last = outcome?.units[outcome.units.length - 1]?.documentNumber;
          return (
            <li key={runId} aria-label={`${localTime(finishedAt)} ${templateName}`}>
              <div className="batch-recent-line">
                <span className="batch-muted">{localTime(finishedAt)}</span>
                <strong>{templateName}</strong>
                {outcome && (
                  <span>
                    {outcome.units.length} 份，文号 {first}
                    {outcome.units.length > 1 && ` 至 ${last}`}
                  </span>
                )}
              </div>
              {damaged && <p className="batch-problem-line">{damaged}</p>}
              {outcome && (
                <div className="batch-recent-line">
                  <span className="batch-path">{outcome.folder}</span>
                  {canRevealFiles && opened !== runId && (
                    <button type="button" onClick={() => reveal(outcome.combined.exportId)}>
                      打开文件夹
                    </button>
                  )}
                  <button type="button" aria-expanded={opened === runId} onClick={() => setOpened(opened === runId ? null : runId)}>
                    {opened === runId ? '收起结果' : '查看结果'}
                  </button>
                </div>
              )}
              {outcome && opened === runId && <BatchSummary outcome={outcome} canRevealFiles={canRevealFiles} onOpenRegisters={onOpenRegisters} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
