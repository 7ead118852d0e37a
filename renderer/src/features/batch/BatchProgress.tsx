/** The run under way: how many of how many, what is being written, and 取消. */
import type { BatchJob } from '../../../../core/api/contract-batch.ts';

export function BatchProgress({ job, onCancel }: { job: BatchJob; onCancel: () => void }) {
  return (
    <div className="batch-progress" aria-live="polite">
      <progress aria-label="批量生成进度" value={job.done} max={Math.max(job.total, 1)} />
      <span data-testid="batch-progress-text">
        {job.done}/{job.total} {job.step}
      </span>
      {/* The 开始生成 button just went disabled: focus moves here, so Enter or Space cancels. */}
      <button type="button" autoFocus onClick={onCancel} disabled={job.step === '正在取消…'}>
        取消
      </button>
    </div>
  );
}
