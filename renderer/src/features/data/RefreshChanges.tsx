/**
 * 用新台账更新数值: the draft's values a newer ledger changes, each with why, accepted one by one
 * or all at once. Only accepted values change; values the writer typed over are never touched.
 */
import type { ApiResult } from '../../../../core/api/contract.ts';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { acceptChanges, pendingChanges } from '../../../../core/template/refresh-accept.ts';

type Change = ApiResult<'compareLedger'>['changes'][number];

interface Props {
  changes: readonly Change[];
  document: GongwenDocument;
  onAccept: (document: GongwenDocument) => void;
  /** The changes still waiting once some were accepted. */
  onRemaining: (changes: Change[]) => void;
}

export function RefreshChanges({ changes, document, onAccept, onRemaining }: Props) {
  const accept = (which: 'all' | string) => {
    onAccept(acceptChanges(document, changes, which));
    onRemaining(pendingChanges(changes, which));
  };

  return (
    <section className="refresh-result" aria-label="用新台账更新数值">
      {changes.length === 0 ? (
        <p>没有需要更新的数值。</p>
      ) : (
        <>
          <div className="refresh-head">
            <span>有 {changes.length} 处数值变化</span>
            <button type="button" className="primary" onClick={() => accept('all')}>
              全部接受
            </button>
          </div>
          <ul className="refresh-changes">
            {changes.map((change) => (
              <li key={change.path}>
                <span className="change-values">
                  {change.key}：{change.oldValue ?? '（空）'} → <strong>{change.newValue ?? (change.structure?.kind === 'keep' ? '（保留）' : change.structure ? '（删除）' : '（无法取得）')}</strong>
                </span>
                <span className="change-reason">{change.reason}</span>
                <button type="button" onClick={() => accept(change.path)} aria-label={`接受“${change.key}”的新数值`}>
                  接受
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
