/**
 * 用新台账更新数值: pick the re-imported ledger, see which values it changes and why, accept
 * them one by one or all at once. Values the writer typed over are never touched.
 */
import { useState } from 'react';
import type { ApiResult } from '../../../../core/api/contract.ts';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { acceptChanges } from '../../../../core/template/refresh-accept.ts';
import { callApi } from '../../api/call-api.ts';
import { base64Of } from '../../base64.ts';
import { todayIso } from '../../today.ts';

type Refresh = ApiResult<'refreshFromLedger'>;

export function LedgerRefresh({ templateId, document, onAccept }: { templateId: string; document: GongwenDocument; onAccept: (document: GongwenDocument) => void }) {
  const [refresh, setRefresh] = useState<Refresh | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setRefresh(await callApi('refreshFromLedger', { templateId, document, today: todayIso(), file: { name: file.name, base64: base64Of(new Uint8Array(await file.arrayBuffer())) } }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const accept = (which: 'all' | string) => {
    if (!refresh) return;
    onAccept(acceptChanges(document, refresh.changes, which));
    setRefresh({ ...refresh, changes: which === 'all' ? [] : refresh.changes.filter((change) => change.path !== which) });
  };

  return (
    <section className="ledger-refresh" aria-label="用新台账更新数值">
      <label className="file-button">
        用新台账更新数值…
        <input type="file" accept=".xlsx,.xls,.csv,.txt" disabled={busy} onChange={(e) => void open(e.target.files?.[0])} />
      </label>
      {busy && <p>正在读取台账…</p>}
      {error && (
        <p role="alert" className="export-error">
          {error}
        </p>
      )}
      {refresh && (
        <div className="refresh-result">
          <details>
            <summary>台账“{refresh.dataset}”的列对应</summary>
            <ul>
              {refresh.mapping.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </details>
          {refresh.changes.length === 0 ? (
            <p>没有需要更新的数值。</p>
          ) : (
            <>
              <div className="refresh-head">
                <span>有 {refresh.changes.length} 处数值变化</span>
                <button type="button" className="primary" onClick={() => accept('all')}>
                  全部接受
                </button>
              </div>
              <ul className="refresh-changes">
                {refresh.changes.map((change) => (
                  <li key={change.path}>
                    <span className="change-values">
                      {change.key}：{change.oldValue ?? '（空）'} → <strong>{change.newValue ?? '（无法取得）'}</strong>
                    </span>
                    <span className="change-reason">{change.reason}</span>
                    <button type="button" onClick={() => accept(change.path)}>
                      接受
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </section>
  );
}
