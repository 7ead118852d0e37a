/**
 * 共享来源 on the 模板包 screen: what the office's shared folder or intranet address (named in 设置)
 * offers — each pack marked 未安装 / 有更新 / 已安装 with an 安装 or 更新 button. A download is
 * checked against the source's index and installed like a file; its units join the unit directory,
 * and its 版头 settings replace the office's only when ticked.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PackInstallResult, SourceListing, SourcePack } from '../../../../core/api/contract-packs.ts';
import { ApiCallError, callApi } from '../../api/call-api.ts';
import './shared-source.css';

interface Props {
  onInstalled: () => void;
  onOpenSettings: () => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
  | { kind: 'unset' }
  | { kind: 'problem'; text: string }
  | { kind: 'confirm'; pack: SourcePack; warning: string }
  | { kind: 'done'; text: string };

const stateText: Record<SourcePack['state'], string> = { new: '未安装', newer: '有更新', installed: '已安装', older: '本机版本较新' };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function installedText({ pack, settings }: PackInstallResult): string {
  const parts = [pack.previousVersion ? `已将“${pack.name}”从 ${pack.previousVersion} 更新到 ${pack.version}` : `已安装“${pack.name}”${pack.version}`];
  if (settings.unitsAdded.length > 0) parts.push(`单位名录新增 ${settings.unitsAdded.length} 个单位（${settings.unitsAdded.join('、')}）`);
  if (settings.letterhead) parts.push('已采用模板包的版头设置');
  return `${parts.join('；')}。`;
}

export function SharedSourcePanel({ onInstalled, onOpenSettings }: Props) {
  const [listing, setListing] = useState<SourceListing | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'busy', text: '正在读取共享来源……' });
  const [applyLetterhead, setApplyLetterhead] = useState(false);
  const busy = status.kind === 'busy';

  const refresh = useCallback(async () => {
    try {
      if (!(await callApi('getPreferences')).packSource) {
        setListing(null);
        setStatus({ kind: 'unset' });
        return false;
      }
      setListing(await callApi('listSourcePacks'));
      return true;
    } catch (error) {
      setListing(null);
      setStatus({ kind: 'problem', text: messageOf(error) });
      return false;
    }
  }, []);

  const list = useCallback(async () => {
    setStatus({ kind: 'busy', text: '正在读取共享来源……' });
    if (await refresh()) setStatus({ kind: 'idle' });
  }, [refresh]);
  useEffect(() => void list(), [list]);

  const install = async (pack: SourcePack, acceptUnsigned: boolean) => {
    setStatus({ kind: 'busy', text: `正在下载并安装“${pack.name}”……` });
    try {
      const result = await callApi('installSourcePack', { id: pack.id, acceptUnsigned, applyLetterhead });
      onInstalled();
      await refresh();
      setStatus({ kind: 'done', text: installedText(result) });
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'FORBIDDEN') setStatus({ kind: 'confirm', pack, warning: error.message });
      else setStatus({ kind: 'problem', text: messageOf(error) });
    }
  };

  return (
    <section className="pack-source" aria-labelledby="pack-source-title">
      <div className="pack-source-head">
        <h2 id="pack-source-title">共享来源</h2>
        {status.kind !== 'unset' && (
          <button type="button" disabled={busy} onClick={() => void list()}>
            刷新列表
          </button>
        )}
      </div>
      {status.kind === 'unset' && (
        <p className="pack-muted">
          还没有设置共享来源。本单位或上级把模板包放在共享文件夹或内网网站上时，可在设置中填写其位置，这里就会列出其中的模板包。{' '}
          <button type="button" onClick={onOpenSettings}>
            到设置中填写…
          </button>
        </p>
      )}
      {listing && (
        <>
          <p className="pack-muted">
            {listing.kind === 'web' ? '网址' : '文件夹'}：<code>{listing.location}</code>
            {!listing.indexed && '（没有索引，逐个读取了模板包）'}
          </p>
          {listing.packs.length === 0 ? (
            <p className="pack-muted">共享来源中没有模板包。</p>
          ) : (
            <table className="pack-source-table" aria-label="共享来源中的模板包">
              <thead>
                <tr>
                  <th>模板包</th>
                  <th>版本</th>
                  <th>发布单位</th>
                  <th>状态</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {listing.packs.map((pack) => (
                  <tr key={pack.id}>
                    <td>
                      {pack.name}
                      <span className="pack-source-id">{pack.id}</span>
                    </td>
                    <td>{pack.version}</td>
                    <td>{pack.publisher}</td>
                    <td className={`pack-state pack-state-${pack.state}`}>
                      {stateText[pack.state]}
                      {pack.installedVersion && pack.state !== 'installed' && `（本机 ${pack.installedVersion}）`}
                    </td>
                    <td>
                      {(pack.state === 'new' || pack.state === 'newer') && (
                        <button type="button" disabled={busy} aria-label={`${pack.state === 'new' ? '安装' : '更新'}“${pack.name}”`} onClick={() => void install(pack, false)}>
                          {pack.state === 'new' ? '安装' : '更新'}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <label className="pack-source-letterhead">
            <input type="checkbox" checked={applyLetterhead} onChange={(e) => setApplyLetterhead(e.target.checked)} />
            同时采用模板包中的版头设置（发文机关名称、机关代字、默认签发人），替换本单位现有的
          </label>
          {listing.problems.length > 0 && (
            <div role="alert" className="pack-refused">
              <p>以下文件没有列出：</p>
              <ul>
                {listing.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
      {status.kind === 'busy' && <p role="status">{status.text}</p>}
      {status.kind === 'done' && <p role="status">{status.text}</p>}
      {status.kind === 'problem' && (
        <p role="alert" className="pack-refused">
          {status.text}
        </p>
      )}
      {status.kind === 'confirm' && (
        <div role="alert" className="pack-warnings">
          <p>{status.warning}</p>
          <div className="pack-actions">
            <button type="button" onClick={() => void install(status.pack, true)}>
              仍然安装
            </button>
            <button type="button" onClick={() => setStatus({ kind: 'idle' })}>
              取消
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
