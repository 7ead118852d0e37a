/**
 * 文号登记簿: every number taken, entered by hand or voided, with who and why. A number can be
 * entered by hand (领导指定, a paper document) or voided; neither deletes anything.
 */
import { useState } from 'react';
import type { DocumentNumberEntryResult } from '../../../../core/api/contract-registers.ts';
import { callApi } from '../../api/call-api.ts';
import { DialogForm } from '../versions/DialogForm.tsx';
import { localTime } from '../versions/version-time.ts';
import { RegisterExport } from './RegisterExport.tsx';
import { remember, remembered } from './remembered.ts';
import { useRegister } from './use-register.ts';

type Action = { kind: 'manual' } | { kind: 'void'; entry: DocumentNumberEntryResult };

function NumberActionDialog({ action, onClose, onDone }: { action: Action; onClose: () => void; onDone: () => void }) {
  const [number, setNumber] = useState('');
  const [title, setTitle] = useState('');
  const [by, setBy] = useState(remembered('registrar'));
  const [reason, setReason] = useState('');
  const run = async () => {
    if (action.kind === 'void') await callApi('voidNumber', { number: action.entry.number, by, reason });
    else await callApi('overrideNumber', { draftId: null, title: title.trim() || null, number, by, reason });
    remember('registrar', by.trim());
    onDone();
  };

  return (
    <DialogForm
      title={action.kind === 'void' ? `作废文号“${action.entry.number}”` : '手工登记文号'}
      submitLabel={action.kind === 'void' ? '作废' : '登记'}
      onClose={onClose}
      run={run}
    >
      {action.kind === 'void' ? (
        <p className="modal-hint">作废的文号仍留在登记簿中，不再分配给其他公文；“{action.entry.title}”版头中的文号会被清除。</p>
      ) : (
        <>
          <label className="modal-field">
            文号
            <input value={number} maxLength={60} placeholder="如：某纪发〔2024〕5号" onChange={(e) => setNumber(e.target.value)} autoFocus />
          </label>
          <label className="modal-field">
            公文标题
            <input value={title} maxLength={400} placeholder="如：关于……的通知" onChange={(e) => setTitle(e.target.value)} />
          </label>
        </>
      )}
      <label className="modal-field">
        经办人
        <input value={by} maxLength={50} onChange={(e) => setBy(e.target.value)} autoFocus={action.kind === 'void'} />
      </label>
      <label className="modal-field">
        原因
        <input value={reason} maxLength={500} placeholder={action.kind === 'void' ? '如：发文取消' : '如：系统启用前已印发'} onChange={(e) => setReason(e.target.value)} />
      </label>
    </DialogForm>
  );
}

export function NumberRegister({ canRevealFiles }: { canRevealFiles: boolean }) {
  const [query, setQuery] = useState('');
  const [action, setAction] = useState<Action | null>(null);
  const register = useRegister(() => callApi('listNumbers', { query }), [query]);

  return (
    <section className="register" aria-labelledby="number-register-title">
      <div className="register-head">
        <h2 id="number-register-title">文号登记簿</h2>
        <input
          type="search"
          className="register-search"
          aria-label="搜索文号登记簿"
          placeholder="搜索文号、标题、经办人"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" onClick={() => setAction({ kind: 'manual' })}>
          手工登记
        </button>
        <RegisterExport label="导出文号登记簿 Excel" canRevealFiles={canRevealFiles} run={() => callApi('exportNumberRegister', { query })} />
      </div>
      {register.problem && (
        <p role="alert" className="register-problem">
          {register.problem}
        </p>
      )}
      <table className="register-table" aria-label="文号登记簿">
        <thead>
          <tr>
            <th scope="col">文号</th>
            <th scope="col">标题</th>
            <th scope="col">登记时间</th>
            <th scope="col">经办人</th>
            <th scope="col">方式</th>
            <th scope="col">状态</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {register.rows?.map((entry) => (
            <tr key={entry.number} className={entry.voided ? 'voided' : ''}>
              <td className="register-number">{entry.number}</td>
              <td>{entry.title}</td>
              <td>{localTime(entry.allocatedAt)}</td>
              <td>{entry.allocatedBy}</td>
              <td title={entry.manualReason ?? undefined}>{entry.manual ? `手工登记（${entry.manualReason ?? ''}）` : '自动分配'}</td>
              <td>{entry.voided ? `已作废（${entry.voidedBy ?? ''}：${entry.voidReason ?? ''}）` : '已使用'}</td>
              <td>
                {!entry.voided && (
                  <button type="button" onClick={() => setAction({ kind: 'void', entry })} aria-label={`作废 ${entry.number}`}>
                    作废
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {register.rows?.length === 0 && <p className="register-empty">{query ? '没有符合搜索条件的文号。' : '还没有登记过文号。草稿定稿时取号，文号会自动登记在这里。'}</p>}
      {action && (
        <NumberActionDialog
          action={action}
          onClose={() => setAction(null)}
          onDone={() => {
            setAction(null);
            register.reload();
          }}
        />
      )}
    </section>
  );
}
