/** 保存版本: a name picked from the usual stages of a 公文 (征求意见稿 → 送审稿 → 定稿) or typed freely. */
import { useState, type FormEvent } from 'react';
import { callApi } from '../../api/call-api.ts';
import { useDraftSession } from './draft-session.ts';
import { Modal } from './Modal.tsx';

export const stageNames = ['征求意见稿', '送审稿', '定稿'] as const;

interface Props {
  onClose: () => void;
  onSaved: (name: string) => void;
}

export function SaveVersionDialog({ onClose, onSaved }: Props) {
  const session = useDraftSession();
  const [stage, setStage] = useState<string>(stageNames[0]);
  const [custom, setCustom] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const name = stage === 'custom' ? custom.trim() : stage;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!session.draftId) return;
    if (!name) {
      setProblem('请填写版本名称。');
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      await session.flush();
      await callApi('saveVersion', { draftId: session.draftId, name, note: note.trim() || null });
      onSaved(name);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };

  return (
    <Modal title="保存版本" onClose={onClose}>
      {session.draftId ? (
        <form onSubmit={(e) => void submit(e)} className="modal-form">
          <fieldset className="version-stages">
            <legend>版本名称</legend>
            {stageNames.map((stageName) => (
              <label key={stageName}>
                <input type="radio" name="stage" value={stageName} checked={stage === stageName} onChange={() => setStage(stageName)} autoFocus={stageName === stage} />
                {stageName}
              </label>
            ))}
            <label>
              <input type="radio" name="stage" value="custom" checked={stage === 'custom'} onChange={() => setStage('custom')} />
              其他名称
            </label>
            {stage === 'custom' && (
              <input aria-label="版本名称" value={custom} maxLength={100} placeholder="如：第二次修改稿" onChange={(e) => setCustom(e.target.value)} autoFocus />
            )}
          </fieldset>
          <label className="modal-field">
            备注（可不填）
            <input value={note} maxLength={2000} placeholder="如：发各乡镇纪委征求意见" onChange={(e) => setNote(e.target.value)} />
          </label>
          {stage === '定稿' && <p className="modal-hint">只保存名为“定稿”的版本，不取文号；要登记文号请用发文字号旁的“定稿”按钮。</p>}
          {problem && (
            <p role="alert" className="modal-problem">
              {problem}
            </p>
          )}
          <div className="modal-actions">
            <button type="submit" className="primary" disabled={busy}>
              {busy ? '正在保存…' : '保存版本'}
            </button>
            <button type="button" onClick={onClose}>
              取消
            </button>
          </div>
        </form>
      ) : (
        <>
          <p>这份草稿还没有存入工作区：输入任何内容后会自动保存，之后即可保存版本。</p>
          <div className="modal-actions">
            <button type="button" onClick={onClose} autoFocus>
              知道了
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
