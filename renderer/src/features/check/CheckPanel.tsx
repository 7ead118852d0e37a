/**
 * 检查: every GB/T 9704 finding on the draft, updated as the writer types; a click jumps to the
 * place. A finding whose rule has a safe fix that would change the draft gets 修正, and
 * 全部安全修正 applies every safe fix at once. A gap typed as text gets 转为待填项 (it becomes a chip);
 * a name that may be anonymous on purpose gets 确认为有意隐去, which holds for the whole document.
 */
import { useMemo } from 'react';
import { applyAllFixes, applyFix, countAllFixes, countFix, type FixResult } from '../../../../core/check/fixes/apply-fix.ts';
import type { FixId } from '../../../../core/check/fixes/fix-registry.ts';
import { fixes } from '../../../../core/check/fixes/fix-registry.ts';
import { severityLabels } from '../../../../core/check/finding.ts';
import { ruleTable, type RuleDefinition } from '../../../../core/check/rule-table.ts';
import { documentGaps } from '../../../../core/gaps/document-gaps.ts';
import { confirmNames, countGapsToFields, gapsToFields } from '../../../../core/gaps/gap-actions.ts';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import type { LocatedFinding } from './check-protocol.ts';
import type { CheckState } from './use-check.ts';
import type { FixNotice } from './use-fixes.ts';

interface Props {
  state: CheckState;
  document: GongwenDocument;
  onJump: (source: string) => void;
  onFix: (result: FixResult, done?: string) => void;
  notice: FixNotice | null;
}

const fixOf = (finding: LocatedFinding): FixId | null =>
  Object.hasOwn(ruleTable, finding.rule) ? ((ruleTable as Record<string, RuleDefinition>)[finding.rule]!.fix ?? null) : null;

export function CheckPanel({ state, document, onJump, onFix, notice }: Props) {
  const { findings } = state;
  // A fix is offered only where it would change the draft as it is now, which may be ahead of the findings.
  const fixable = useMemo(
    () =>
      findings.map((finding) => {
        const id = fixOf(finding);
        return id !== null && countFix(document, id, finding.source) > 0 ? id : null;
      }),
    [findings, document],
  );
  const gapAction = useMemo(
    () =>
      findings.map((finding) => {
        const { source } = finding;
        if (source === null) return null;
        if (finding.rule === 'gap' && countGapsToFields(document, source) > 0) return { label: '转为待填项', done: '已转为待填项', run: () => gapsToFields(document, source) };
        if (finding.rule === 'gap-name') return { label: '确认为有意隐去', done: '已确认有意隐去的姓名', run: () => confirmNames(document, source) };
        return null;
      }),
    [findings, document],
  );
  const total = useMemo(() => countAllFixes(document), [document]);
  // A paragraph is one finding however many gaps it holds; the writer also wants to know how many are left to fill.
  const gaps = useMemo(() => documentGaps(document).length, [document]);

  return (
    <section className="check-panel" aria-label="检查结果">
      <div className="check-head">
        <p className="check-status" aria-live="polite">
          {state.status === 'checking'
            ? '正在检查…'
            : state.status === 'failed'
              ? `检查未完成：${state.message}`
              : findings.length === 0
                ? '未发现问题：符合 GB/T 9704-2012。'
                : `发现 ${findings.length} 处问题`}
        </p>
        {total > 0 && (
          <button type="button" className="fix-all" onClick={() => onFix(applyAllFixes(document))} title="标点、数字、日期、省略号、破折号、序数、文号括号；不改动台账取值">
            全部安全修正（{total} 处）
          </button>
        )}
      </div>
      {gaps > 0 && (
        <p className="check-gaps" data-testid="gap-count">
          待填空缺 {gaps} 处：在正文中按 F4 逐个跳转，回车填写
        </p>
      )}
      {notice && (
        <p className="fix-notice" role="status">
          {notice.text}
          <button type="button" onClick={notice.undo}>
            撤销
          </button>
        </p>
      )}
      <ul className="check-list">
        {findings.map((finding, index) => {
          const fix = fixable[index];
          const action = gapAction[index];
          return (
            <li key={`${finding.rule}-${index}`} className={`check-item check-${finding.severity}`}>
              <button
                type="button"
                className="check-jump"
                disabled={!finding.source}
                onClick={() => finding.source && onJump(finding.source)}
                title={finding.source ? '转到此处' : undefined}
              >
                <span className="check-severity">{severityLabels[finding.severity]}</span>
                <span className="check-message">{finding.message}</span>
                {finding.location.excerpt && <span className="check-excerpt">{finding.location.excerpt}</span>}
              </button>
              {fix && (
                <button
                  type="button"
                  className="check-fix"
                  onClick={() => onFix(applyFix(document, fix, finding.source))}
                  title={fixes[fix].label}
                  aria-label={`修正：${finding.message}`}
                >
                  修正
                </button>
              )}
              {action && (
                <button type="button" className="check-fix" onClick={() => onFix(action.run(), action.done)} aria-label={`${action.label}：${finding.message}`}>
                  {action.label}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
