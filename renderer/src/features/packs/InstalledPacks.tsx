/**
 * The packs installed in this workspace, each with its signature, templates and install time;
 * a pack that kept its previous version can switch back to it (and forward again: the two swap).
 */
import { useState } from 'react';
import { ownPackId } from '../../../../core/pack/own-pack.ts';
import { compareVersions } from '../../../../core/pack/pack-manifest.ts';
import type { PackSummary } from '../../../../core/pack/pack-summary.ts';
import { callApi } from '../../api/call-api.ts';
import { localTime } from '../versions/version-time.ts';
import { PackContentsList } from './PackContentsList.tsx';
import { SignatureBadge } from './SignatureBadge.tsx';

interface Props {
  packs: PackSummary[];
  onChanged: () => void;
  /** A rollback also takes back the units and 版头 settings the newer version brought. */
  onSettingsChanged: () => void;
  onExportAgain: (pack: PackSummary) => void;
}

type Status = { kind: 'idle' } | { kind: 'busy'; id: string } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

export function InstalledPacks({ packs, onChanged, onSettingsChanged, onExportAgain }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const rollback = async (pack: PackSummary) => {
    setStatus({ kind: 'busy', id: pack.id });
    try {
      const now = await callApi('rollbackPack', { id: pack.id });
      setStatus({ kind: 'done', message: `“${now.name}”已从 ${pack.version} 换回 ${now.version}，首页模板库随之更新。` });
      onChanged();
      onSettingsChanged();
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className="pack-installed-list" aria-labelledby="packs-installed-title">
      <h2 id="packs-installed-title">已安装的模板包</h2>
      {status.kind === 'done' && <p role="status">{status.message}</p>}
      {status.kind === 'error' && (
        <p role="alert" className="export-error">
          {status.message}
        </p>
      )}
      {packs.length === 0 ? (
        <p className="pack-muted">还没有安装模板包。程序自带的模板不在此列，始终可用。</p>
      ) : (
        <ul className="pack-cards">
          {packs.map((pack) => (
            <li key={pack.id} className="pack-card" aria-label={`模板包 ${pack.name}`}>
              <div className="pack-card-head">
                <h3>
                  {pack.name} <span className="pack-version">{pack.version}</span>
                </h3>
                <SignatureBadge signature={pack.signature} />
              </div>
              <p className="pack-muted">
                {pack.id} · {pack.publisher} · 制作于 {pack.created}
                {pack.installedAt && ` · 安装于 ${localTime(pack.installedAt)}`}
              </p>
              {pack.description && <p>{pack.description}</p>}
              <PackContentsList pack={pack} />
              <div className="pack-actions">
                {pack.previousVersion && (
                  <button type="button" disabled={status.kind === 'busy'} onClick={() => void rollback(pack)}>
                    {compareVersions(pack.previousVersion, pack.version) < 0 ? '回退到' : '改回'} {pack.previousVersion}
                  </button>
                )}
                <button type="button" onClick={() => onExportAgain(pack)}>
                  {pack.id === ownPackId ? '导出为模板包…' : '导出新版本…'}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
