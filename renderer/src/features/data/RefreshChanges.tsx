/**
 * The draft's values a newer ledger changes, each with why: either waiting to be accepted one by
 * one or all at once (用新台账更新数值), or, after 应用, the record of what was put in. Only
 * accepted values change; values the writer typed over are never touched.
 */
import type { ApiResult } from '../../../../core/api/contract.ts';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { acceptChanges, pendingChanges } from '../../../../core/template/refresh-accept.ts';

type Change = ApiResult<'compareLedger'>['changes'][number];

interface Accepting {
  document: GongwenDocument;
  onAccept: (document: GongwenDocument) => void;
  /** The changes still waiting once some were accepted. */
  onRemaining: (changes: Change[]) => void;
}

interface Props {
  changes: readonly Change[];
  /** Absent when the changes are already in the draft. */
  accept?: Accepting;
}

const newValueOf = (change: Change) => change.newValue ?? (change.structure?.kind === 'keep' ? '（保留）' : change.structure ? '（删除）' : '（无法取得）');

export function RefreshChanges({ changes, accept }: Props) {
  const take = (which: 'all' | string) => {
    if (!accept) return;
    accept.onAccept(acceptChanges(accept.document, changes, which));
    accept.onRemaining(pendingChanges(changes, which));
  };

  return (
    <section className="refresh-result" aria-label={accept ? '用新台账更新数值' : '已按台账更新的数值'}>
      {changes.length === 0 ? (
        <p>{accept ? '没有需要更新的数值。' : '台账的数值与公文一致，没有改动。'}</p>
      ) : (
        <>
          <div className="refresh-head">
            <span>{accept ? `有 ${changes.length} 处数值变化` : `已更新 ${changes.length} 处`}</span>
            {accept && (
              <button type="button" className="primary" onClick={() => take('all')}>
                全部接受
              </button>
            )}
          </div>
          <ul className="refresh-changes">
            {changes.map((change) => (
              <li key={change.path}>
                <span className="change-values">
                  {change.key}：{change.oldValue ?? '（空）'} → <strong>{newValueOf(change)}</strong>
                </span>
                <span className="change-reason">{change.reason}</span>
                {accept && (
                  <button type="button" onClick={() => take(change.path)} aria-label={`接受“${change.key}”的新数值`}>
                    接受
                  </button>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
