/**
 * 版本 tab: the draft's saved versions, newest first, with 恢复 (after a confirmation; what is
 * current is kept as a version first) and 比较 of any two, or of one with the current text.
 */
import { useEffect, useState } from 'react';
import type { ApiResult } from '../../../../core/api/contract.ts';
import { callApi } from '../../api/call-api.ts';
import { CompareDialog } from './CompareDialog.tsx';
import { useDraftSession } from './draft-session.ts';
import { Modal } from './Modal.tsx';
import { SaveVersionDialog } from './SaveVersionDialog.tsx';
import { localTime } from './version-time.ts';
import './versions.css';

type VersionMeta = ApiResult<'listVersions'>[number];

interface Props {
  /** Changes whenever a version was saved elsewhere (Ctrl+S), so the list is read again. */
  stamp: number;
}

const kindLabel = (version: VersionMeta) => (version.kind === 'named' ? '手动保存' : '恢复前自动保存');

export function VersionsPanel({ stamp }: Props) {
  const session = useDraftSession();
  const [versions, setVersions] = useState<VersionMeta[]>([]);
  const [reloads, setReloads] = useState(0);
  const [saving, setSaving] = useState(false);
  const [restoring, setRestoring] = useState<VersionMeta | null>(null);
  const [comparing, setComparing] = useState<{ before: string; after: string } | null>(null);
  const [before, setBefore] = useState('');
  const [after, setAfter] = useState('current');
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!session.draftId) return;
    let live = true;
    callApi('listVersions', { draftId: session.draftId }).then(
      (list) => {
        if (!live) return;
        const newestFirst = [...list].reverse();
        setVersions(newestFirst);
        setBefore((chosen) => (chosen && list.some((v) => v.id === chosen) ? chosen : (newestFirst[0]?.id ?? '')));
      },
      (error: unknown) => live && setProblem(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      live = false;
    };
  }, [session.draftId, stamp, reloads]);

  const restore = async (version: VersionMeta) => {
    if (!session.draftId) return;
    setProblem(null);
    try {
      await session.flush();
      const result = await callApi('restoreVersion', { draftId: session.draftId, versionId: version.id });
      session.reload(result.draft);
      setMessage(`已恢复到“${version.name}”（${localTime(version.createdAt)}）。恢复前的内容已另存为“${result.savedBefore.name}”。`);
      setRestoring(null);
      setReloads((n) => n + 1);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setRestoring(null);
    }
  };

  const nameOf = (ref: string) => (ref === 'current' ? '当前内容' : (versions.find((v) => v.id === ref)?.name ?? ''));

  if (!session.draftId) return <p className="versions-empty">这份草稿还没有存入工作区：输入内容后会自动保存，之后即可保存版本。</p>;

  return (
    <section className="versions-panel" aria-label="版本">
      <div className="versions-actions">
        <button type="button" className="primary" onClick={() => setSaving(true)}>
          保存版本
        </button>
        <span className="versions-hint">Ctrl+S</span>
      </div>
      {message && (
        <p role="status" className="versions-message">
          {message}
        </p>
      )}
      {problem && (
        <p role="alert" className="versions-problem">
          {problem}
        </p>
      )}
      <ol className="version-list" aria-label="已保存的版本">
        <li className="version-item version-current">
          <span className="version-name">当前内容</span>
          <span className="version-meta">自动保存</span>
        </li>
        {versions.map((version) => (
          <li key={version.id} className={`version-item version-${version.kind}`}>
            <span className="version-name">{version.name}</span>
            <span className="version-meta">
              {localTime(version.createdAt)} · {kindLabel(version)}
              {version.note && <> · {version.note}</>}
            </span>
            <span className="version-buttons">
              <button type="button" onClick={() => setRestoring(version)} aria-label={`恢复“${version.name}”（${localTime(version.createdAt)}）`}>
                恢复
              </button>
              <button type="button" onClick={() => setComparing({ before: version.id, after: 'current' })} aria-label={`比较“${version.name}”与当前内容`}>
                与当前比较
              </button>
            </span>
          </li>
        ))}
      </ol>
      {versions.length === 0 && <p className="versions-empty">还没有保存过版本。发出征求意见、报送审核前，请先保存一个版本。</p>}
      {versions.length > 0 && (
        <form
          className="version-compare"
          onSubmit={(event) => {
            event.preventDefault();
            setComparing({ before, after });
          }}
        >
          <label>
            比较
            <select value={before} onChange={(e) => setBefore(e.target.value)} aria-label="较早的版本">
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}（{localTime(v.createdAt)}）
                </option>
              ))}
            </select>
          </label>
          <label>
            与
            <select value={after} onChange={(e) => setAfter(e.target.value)} aria-label="较新的版本">
              <option value="current">当前内容</option>
              {versions.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}（{localTime(v.createdAt)}）
                </option>
              ))}
            </select>
          </label>
          <button type="submit">比较</button>
        </form>
      )}
      {saving && (
        <SaveVersionDialog
          onClose={() => setSaving(false)}
          onSaved={(name) => {
            setSaving(false);
            setMessage(`已保存版本“${name}”。`);
            setReloads((n) => n + 1);
          }}
        />
      )}
      {restoring && (
        <Modal title="恢复版本" onClose={() => setRestoring(null)}>
          <p>
            将草稿恢复为“{restoring.name}”（{localTime(restoring.createdAt)}）的内容。
          </p>
          <p className="modal-hint">当前内容会先另存为一个版本，不会丢失；恢复后仍可再恢复回来。</p>
          <div className="modal-actions">
            <button type="button" className="primary" onClick={() => void restore(restoring)} autoFocus>
              恢复
            </button>
            <button type="button" onClick={() => setRestoring(null)}>
              取消
            </button>
          </div>
        </Modal>
      )}
      {comparing && session.draftId && (
        <CompareDialog
          draftId={session.draftId}
          before={comparing.before}
          after={comparing.after}
          beforeName={nameOf(comparing.before)}
          afterName={nameOf(comparing.after)}
          onClose={() => setComparing(null)}
        />
      )}
    </section>
  );
}
