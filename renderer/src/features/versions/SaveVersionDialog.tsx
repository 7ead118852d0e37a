/** 保存版本: a name picked from the usual stages of a 公文 (征求意见稿 → 送审稿 → 定稿) or typed freely. */
import { useState } from 'react';
import { callApi } from '../../api/call-api.ts';
import { useDraftSession } from './draft-session.ts';
import { DialogForm } from './DialogForm.tsx';
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
  const name = stage === 'custom' ? custom.trim() : stage;

  if (!session.draftId) {
    return (
      <Modal title="保存版本" onClose={onClose}>
        <p>这份草稿还没有存入工作区：输入任何内容后会自动保存，之后即可保存版本。</p>
        <div className="modal-actions">
          <button type="button" onClick={onClose} autoFocus>
            知道了
          </button>
        </div>
      </Modal>
    );
  }
  const draftId = session.draftId;
  const run = async () => {
    if (!name) throw new Error('请填写版本名称。');
    await session.flush();
    await callApi('saveVersion', { draftId, name, note: note.trim() || null });
    onSaved(name);
  };

  return (
    <DialogForm title="保存版本" submitLabel="保存版本" busyLabel="正在保存…" onClose={onClose} run={run}>
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
        {stage === 'custom' && <input aria-label="版本名称" value={custom} maxLength={100} placeholder="如：第二次修改稿" onChange={(e) => setCustom(e.target.value)} autoFocus />}
      </fieldset>
      <label className="modal-field">
        备注（可不填）
        <input value={note} maxLength={2000} placeholder="如：发各乡镇纪委征求意见" onChange={(e) => setNote(e.target.value)} />
      </label>
      {stage === '定稿' && <p className="modal-hint">只保存名为“定稿”的版本，不取文号；要登记文号请用发文字号旁的“定稿”按钮。</p>}
    </DialogForm>
  );
}
