/**
 * 发文登记簿 for 建议书/整改通知书: to whom, when served, when the reply is due and whether it
 * came. Status is worked out for today, so overdue rows (red, and 逾期 in words) are current.
 */
import { useState } from 'react';
import { issuedStatuses } from '../../../../core/workspace/issued-status.ts';
import type { IssuedDocumentResult } from '../../../../core/api/contract-registers.ts';
import { callApi } from '../../api/call-api.ts';
import { todayIso } from '../../today.ts';
import { AddIssuedDialog, RecordDateDialog } from './IssuedDialogs.tsx';
import { RegisterExport } from './RegisterExport.tsx';
import { useRegister } from './use-register.ts';

type Status = (typeof issuedStatuses)[number];
type Action = { kind: 'add' } | { kind: 'served' | 'reply'; entry: IssuedDocumentResult };

export function IssuedRegister({ canRevealFiles }: { canRevealFiles: boolean }) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status | ''>('');
  const [action, setAction] = useState<Action | null>(null);
  const filter = () => ({ asOf: todayIso(), query, ...(status ? { status } : {}) });
  const register = useRegister(() => callApi('listIssued', filter()), [query, status]);
  const overdue = register.rows?.filter((row) => row.status === '逾期').length ?? 0;
  const done = () => {
    setAction(null);
    register.reload();
  };

  return (
    <section className="register" aria-labelledby="issued-register-title">
      <div className="register-head">
        <h2 id="issued-register-title">发文登记簿</h2>
        <span className="register-sub">建议书、整改通知书的送达与回复</span>
        <input
          type="search"
          className="register-search"
          aria-label="搜索发文登记簿"
          placeholder="搜索标题、受文单位、文号"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label className="register-filter">
          状态
          <select value={status} onChange={(e) => setStatus(e.target.value as Status | '')}>
            <option value="">全部</option>
            {issuedStatuses.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => setAction({ kind: 'add' })}>
          登记
        </button>
        <RegisterExport label="导出发文登记簿 Excel" canRevealFiles={canRevealFiles} run={() => callApi('exportIssuedRegister', filter())} />
      </div>
      {overdue > 0 && (
        <p className="register-overdue" role="status">
          截至今天有 {overdue} 件逾期未回复。
        </p>
      )}
      {register.problem && (
        <p role="alert" className="register-problem">
          {register.problem}
        </p>
      )}
      <table className="register-table" aria-label="发文登记簿">
        <thead>
          <tr>
            <th scope="col">类别</th>
            <th scope="col">文号</th>
            <th scope="col">标题</th>
            <th scope="col">受文单位</th>
            <th scope="col">送达日期</th>
            <th scope="col">回复截止</th>
            <th scope="col">回复日期</th>
            <th scope="col">状态</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {register.rows?.map((entry) => (
            <tr key={entry.id} className={entry.status === '逾期' ? 'overdue' : ''}>
              <td>{entry.kind}</td>
              <td className="register-number">{entry.documentNumber ?? ''}</td>
              <td>{entry.title}</td>
              <td>{entry.recipient}</td>
              <td>{entry.servedDate ?? '—'}</td>
              <td>{entry.replyDueDate ?? `送达后 ${entry.replyTerm.days} ${entry.replyTerm.unit === 'working' ? '个工作日' : '日'}`}</td>
              <td>{entry.replyReceivedDate ?? '—'}</td>
              <td className="register-status">{entry.status}</td>
              <td>
                {!entry.servedDate && (
                  <button type="button" onClick={() => setAction({ kind: 'served', entry })} aria-label={`登记送达：${entry.title}（${entry.recipient}）`}>
                    登记送达
                  </button>
                )}
                {entry.servedDate && !entry.replyReceivedDate && (
                  <button type="button" onClick={() => setAction({ kind: 'reply', entry })} aria-label={`登记回复：${entry.title}（${entry.recipient}）`}>
                    登记回复
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {register.rows?.length === 0 && <p className="register-empty">{query || status ? '没有符合条件的登记。' : '还没有登记建议书或整改通知书。'}</p>}
      {action?.kind === 'add' && <AddIssuedDialog onClose={() => setAction(null)} onDone={done} />}
      {(action?.kind === 'served' || action?.kind === 'reply') && <RecordDateDialog entry={action.entry} what={action.kind} onClose={() => setAction(null)} onDone={done} />}
    </section>
  );
}
