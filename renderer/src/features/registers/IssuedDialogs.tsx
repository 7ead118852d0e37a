/** The forms of the 发文登记簿: register a 建议书/整改通知书, and record its service or the reply. */
import { useState } from 'react';
import { issuedKindNames, type IssuedDocumentResult } from '../../../../core/api/contract-registers.ts';
import { callApi } from '../../api/call-api.ts';
import { holidayTableOf } from '../../../../core/settings/holiday-table.ts';
import { todayIso } from '../../today.ts';
import { usePreferences } from '../settings/preferences-context.ts';
import { DialogForm } from '../versions/DialogForm.tsx';

export function AddIssuedDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const [kind, setKind] = useState<(typeof issuedKindNames)[number]>('建议书');
  const [documentNumber, setDocumentNumber] = useState('');
  const [title, setTitle] = useState('');
  const [recipient, setRecipient] = useState('');
  const [issuedDate, setIssuedDate] = useState(todayIso());
  const [servedDate, setServedDate] = useState('');
  const [days, setDays] = useState('30');
  const [unit, setUnit] = useState<'calendar' | 'working'>('calendar');
  const [note, setNote] = useState('');
  const holidays = useHolidays();
  const run = async () => {
    const replyDays = Number(days);
    if (!Number.isInteger(replyDays) || replyDays < 1 || replyDays > 365) throw new Error('回复期限应为 1 到 365 之间的整数天。');
    if (unit === 'working' && !holidays) throw new Error('按工作日计算回复期限需要节假日表：请先在“设置”中填写节假日和调休上班日。');
    await callApi('addIssued', {
      asOf: todayIso(),
      kind,
      draftId: null,
      recipient,
      documentNumber: documentNumber.trim() || null,
      title,
      issuedDate: issuedDate || null,
      servedDate: servedDate || null,
      replyTerm: { days: replyDays, unit },
      note: note.trim() || null,
      ...(unit === 'working' && holidays ? { holidays } : {}),
    });
    onDone();
  };
  return (
    <DialogForm title="登记建议书/整改通知书" submitLabel="登记" onClose={onClose} run={run}>
      <label className="modal-field">
        类别
        <select value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} autoFocus>
          {issuedKindNames.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
      </label>
      <label className="modal-field">
        文号
        <input value={documentNumber} maxLength={100} placeholder="如：某纪建〔2024〕3号" onChange={(e) => setDocumentNumber(e.target.value)} />
      </label>
      <label className="modal-field">
        标题
        <input value={title} maxLength={400} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="modal-field">
        受文单位
        <input value={recipient} maxLength={200} onChange={(e) => setRecipient(e.target.value)} />
      </label>
      <div className="number-sequence">
        <label className="modal-field">
          印发日期
          <input type="date" value={issuedDate} onChange={(e) => setIssuedDate(e.target.value)} />
        </label>
        <label className="modal-field">
          送达日期（未送达可不填）
          <input type="date" value={servedDate} onChange={(e) => setServedDate(e.target.value)} />
        </label>
      </div>
      <div className="number-sequence">
        <label className="modal-field">
          回复期限（自送达之日起）
          <input value={days} inputMode="numeric" maxLength={3} onChange={(e) => setDays(e.target.value)} />
        </label>
        <label className="modal-field">
          计算方式
          <select value={unit} onChange={(e) => setUnit(e.target.value === 'working' ? 'working' : 'calendar')}>
            <option value="calendar">日（自然日）</option>
            <option value="working">工作日</option>
          </select>
        </label>
      </div>
      <label className="modal-field">
        备注
        <input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
      </label>
    </DialogForm>
  );
}

/** The holiday table from the settings, or null when none was entered (working-day terms then cannot be counted). */
function useHolidays() {
  const years = usePreferences().holidays;
  if (years.length === 0) return null;
  const table = holidayTableOf(years);
  return { holidays: [...table.holidays], workdays: [...table.workdays] };
}

export function RecordDateDialog({ entry, what, onClose, onDone }: { entry: IssuedDocumentResult; what: 'served' | 'reply'; onClose: () => void; onDone: () => void }) {
  const [date, setDate] = useState(todayIso());
  const holidays = useHolidays();
  const run = async () => {
    if (!date) throw new Error('请选择日期。');
    if (what === 'served') await callApi('recordServed', { asOf: todayIso(), id: entry.id, servedDate: date, ...(holidays ? { holidays } : {}) });
    else await callApi('recordReply', { asOf: todayIso(), id: entry.id, replyReceivedDate: date });
    onDone();
  };
  const label = what === 'served' ? '送达日期' : '收到回复日期';
  return (
    <DialogForm title={`${what === 'served' ? '登记送达' : '登记回复'}：${entry.title}`} submitLabel="登记" onClose={onClose} run={run}>
      <p className="modal-hint">
        {entry.recipient}
        {what === 'served'
          ? `；回复期限 ${entry.replyTerm.days} ${entry.replyTerm.unit === 'working' ? '个工作日' : '日'}，自送达之日起计算。`
          : `；回复截止 ${entry.replyDueDate ?? '—'}。`}
      </p>
      <label className="modal-field">
        {label}
        <input type="date" value={date} onChange={(e) => setDate(e.target.value)} autoFocus />
      </label>
    </DialogForm>
  );
}
