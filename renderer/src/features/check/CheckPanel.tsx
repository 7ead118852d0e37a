/** 检查: every GB/T 9704 finding on the draft, updated as the writer types; a click jumps to the place. */
import { severityLabels } from '../../../../core/check/finding.ts';
import type { CheckState } from './use-check.ts';

export function CheckPanel({ state, onJump }: { state: CheckState; onJump: (source: string) => void }) {
  const { findings } = state;
  return (
    <section className="check-panel" aria-label="检查结果">
      <p className="check-status" aria-live="polite">
        {state.status === 'checking' ? '正在检查…' : state.status === 'failed' ? `检查未完成：${state.message}` : findings.length === 0 ? '未发现问题：符合 GB/T 9704-2012。' : `发现 ${findings.length} 处问题`}
      </p>
      <ul className="check-list">
        {findings.map((finding, index) => (
          <li key={`${finding.rule}-${index}`} className={`check-item check-${finding.severity}`}>
            <button type="button" disabled={!finding.source} onClick={() => finding.source && onJump(finding.source)} title={finding.source ? '转到此处' : undefined}>
              <span className="check-severity">{severityLabels[finding.severity]}</span>
              <span className="check-message">{finding.message}</span>
              {finding.location.excerpt && <span className="check-excerpt">{finding.location.excerpt}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
