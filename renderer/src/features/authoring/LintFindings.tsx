/** The template lint's findings, errors first, each naming its section and field. */
import type { LintFindingResult } from '../../../../core/api/contract-authoring.ts';

export function LintFindings({ findings }: { findings: readonly LintFindingResult[] }) {
  if (findings.length === 0) return <p className="modal-hint">模板检查未发现问题。</p>;
  const sorted = [...findings.filter((f) => f.severity === 'error'), ...findings.filter((f) => f.severity === 'warning')];
  const errors = findings.filter((f) => f.severity === 'error').length;
  return (
    <section className="lint-findings" aria-label="模板检查">
      <p className="modal-hint">
        模板检查：{errors} 个错误，{findings.length - errors} 个提醒。{errors > 0 && '有错误的模板不能导出到模板包。'}
      </p>
      <ul>
        {sorted.map((finding, i) => (
          <li key={i} className={`lint-${finding.severity}`}>
            <span className="lint-kind">{finding.severity === 'error' ? '错误' : '提醒'}</span>
            {finding.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
