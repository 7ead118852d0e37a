/**
 * On start: typing that a crash (of the page, the window or the computer) kept from the workspace
 * is offered back, one draft at a time. Esc only puts the question off: the journal stays and is
 * offered again at the next start.
 */
import { useEffect, useState } from 'react';
import { callApi } from '../../api/call-api.ts';
import { Modal } from '../versions/Modal.tsx';
import { localTime } from '../versions/version-time.ts';
import { findOffers, keptVersionName, restoreUnsaved, type Offer, type Restored } from './restore-unsaved.ts';
import { removeJournal } from './unsaved-journal.ts';

interface Props {
  onRestored: (restored: Restored) => void;
  /** Journals that could not be read and drafts restored from a version on the way, one line each, for the 恢复提示. */
  onNotices: (lines: string[]) => void;
}

const planHints: Record<Offer['plan'], string> = {
  save: '恢复后这些修改即保存到草稿中。',
  keepBeside: `这份草稿在那之后又保存过：恢复的内容将另存为版本“${keptVersionName}”，不覆盖已保存的内容。`,
  newDraft: '这份草稿当时还没有存入工作区（或已被删除）：恢复后存为一份新草稿。',
};

export function UnsavedOffer({ onRestored, onNotices }: Props) {
  const [offers, setOffers] = useState<Offer[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    void findOffers(localStorage, callApi).then(({ offers: found, notices }) => {
      setOffers(found);
      if (notices.length > 0) onNotices(notices);
    });
  }, []);

  const offer = offers[0];
  if (!offer) return null;
  const next = () => {
    setProblem(null);
    setOffers((list) => list.slice(1));
  };
  const restore = async () => {
    setBusy(true);
    try {
      const restored = await restoreUnsaved(offer.journal, offer.plan, callApi);
      removeJournal(localStorage, offer.key);
      next();
      onRestored(restored);
    } catch (error) {
      setProblem(`未能恢复，修改仍保留着，可以再试：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };
  const title = offer.journal.document.title.trim() || '（无标题）';

  return (
    <Modal key={offer.key} title="恢复未保存的修改" onClose={next}>
      <p>上次意外关闭前有未保存的修改（{localTime(offer.journal.writtenAt)}），是否恢复？</p>
      <p className="modal-hint">
        草稿：{title}
        <br />
        {planHints[offer.plan]}
      </p>
      {problem && (
        <p role="alert" className="modal-problem">
          {problem}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" onClick={() => void restore()} disabled={busy} autoFocus>
          {busy ? '正在恢复…' : '恢复'}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => {
            removeJournal(localStorage, offer.key);
            next();
          }}
        >
          放弃
        </button>
      </div>
    </Modal>
  );
}
