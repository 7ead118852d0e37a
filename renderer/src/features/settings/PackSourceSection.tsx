/**
 * 共享来源: the office's shared pack folder or intranet address, and what it offers — each pack
 * marked 未安装 / 有更新 / 已安装 with an 安装 or 更新 button. Installing merges the pack's units
 * into the directory (and its 版头 settings when ticked), so it waits until the settings on this
 * screen are saved, and reloads them afterwards.
 */
import { useState } from 'react';
import type { PackInstallResult, SourceListing, SourcePack } from '../../../../core/api/contract-packs.ts';
import { ApiCallError, callApi } from '../../api/call-api.ts';
import type { SettingsDraft } from './settings-draft.ts';

interface Props {
  draft: SettingsDraft;
  onChange: (draft: SettingsDraft) => void;
  /** The source as saved; listing reads the saved one. */
  savedSource: string;
  /** False while the screen has unsaved changes, which an install would overwrite. */
  saved: boolean;
  /** An install changed the units or the 版头: the screen reloads the settings. */
  onInstalled: () => Promise<void>;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'busy'; text: string }
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

export function PackSourceSection({ draft, onChange, savedSource, saved, onInstalled }: Props) {
  const [listing, setListing] = useState<SourceListing | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [applyLetterhead, setApplyLetterhead] = useState(false);
  const busy = status.kind === 'busy';
  const sourceSaved = draft.packSource.trim() === savedSource;

  const refresh = async () => {
    try {
      setListing(await callApi('listSourcePacks'));
      return true;
    } catch (error) {
      setListing(null);
      setStatus({ kind: 'problem', text: messageOf(error) });
      return false;
    }
  };

  const list = async () => {
    setStatus({ kind: 'busy', text: '正在读取共享来源……' });
    if (await refresh()) setStatus({ kind: 'idle' });
  };

  const install = async (pack: SourcePack, acceptUnsigned: boolean) => {
    setStatus({ kind: 'busy', text: `正在下载并安装“${pack.name}”……` });
    try {
      const result = await callApi('installSourcePack', { id: pack.id, acceptUnsigned, applyLetterhead });
      await onInstalled();
      await refresh();
      setStatus({ kind: 'done', text: installedText(result) });
    } catch (error) {
      if (error instanceof ApiCallError && error.code === 'FORBIDDEN') setStatus({ kind: 'confirm', pack, warning: error.message });
      else setStatus({ kind: 'problem', text: messageOf(error) });
    }
  };

  return (
    <section className="settings-section pack-source" aria-labelledby="settings-pack-source">
      <h2 id="settings-pack-source">共享来源</h2>
      <p className="settings-hint">
        本单位或上级放模板包的共享文件夹（如 \\文件服务器\模板包、Z:\模板包）或内网网址（http://…）。发布时在该文件夹运行 gongwen pack
        index，写出索引 gwpack-index.json；共享文件夹没有索引时逐个读取模板包。
      </p>
      <label className="pack-source-field">
        共享文件夹或网址
        <input value={draft.packSource} placeholder="\\文件服务器\模板包 或 http://内网地址/模板包/" onChange={(e) => onChange({ ...draft, packSource: e.target.value })} />
      </label>
      <div className="settings-actions">
        <button type="button" disabled={busy || !savedSource || !sourceSaved} onClick={() => void list()}>
          {listing ? '刷新列表' : '查看共享来源中的模板包'}
        </button>
        {!sourceSaved && <span className="settings-hint">改动共享来源后，请先点“保存设置”。</span>}
      </div>
      {listing && (
        <>
          <p className="settings-hint">
            {listing.kind === 'web' ? '网址' : '文件夹'}：<code>{listing.location}</code>
            {!listing.indexed && '（没有索引，逐个读取了模板包）'}
          </p>
          {listing.packs.length === 0 ? (
            <p className="settings-empty">共享来源中没有模板包。</p>
          ) : (
            <table className="settings-table pack-source-table" aria-label="共享来源中的模板包">
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
                        <button type="button" disabled={busy || !saved} aria-label={`${pack.state === 'new' ? '安装' : '更新'}“${pack.name}”`} onClick={() => void install(pack, false)}>
                          {pack.state === 'new' ? '安装' : '更新'}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <label>
            <input type="checkbox" checked={applyLetterhead} onChange={(e) => setApplyLetterhead(e.target.checked)} />
            同时采用模板包中的版头设置（发文机关名称、机关代字、默认签发人），替换本单位现有的
          </label>
          {!saved && <p className="settings-hint">设置有未保存的修改；安装会并入单位名录，请先保存设置。</p>}
          {listing.problems.length > 0 && (
            <div role="alert" className="settings-problems">
              以下文件没有列出：
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
      {status.kind === 'done' && (
        <p role="status" className="settings-saved">
          {status.text}
        </p>
      )}
      {status.kind === 'problem' && (
        <p role="alert" className="settings-problems">
          {status.text}
        </p>
      )}
      {status.kind === 'confirm' && (
        <div role="alert" className="settings-problems pack-source-confirm">
          <p>{status.warning}</p>
          <div className="settings-actions">
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
