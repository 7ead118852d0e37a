/**
 * 安装模板包: a .gwpack chosen or dropped here is checked first and its report shown; only a
 * sound pack installs, and one that is unsigned or signed by an untrusted key only after the
 * writer ticks that they accept the warning.
 */
import { useState, type DragEvent } from 'react';
import type { PackInstallResult, PackReport as Report } from '../../../../core/api/contract-packs.ts';
import { callApi } from '../../api/call-api.ts';
import { base64Of } from '../../base64.ts';
import { PackReport } from './PackReport.tsx';
import { verdictOf } from './pack-verdict.ts';

interface Picked {
  name: string;
  base64: string;
  bytes: number;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'checking'; name: string }
  | { kind: 'checked'; file: Picked; report: Report; accepted: boolean; applyLetterhead: boolean; installing: boolean; problem: string | null }
  | { kind: 'installed'; result: PackInstallResult; from: string | null }
  | { kind: 'error'; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface Props {
  onInstalled: () => void;
  /** The install added units to the directory or took over the 版头 settings. */
  onSettingsChanged: () => void;
  onShowTemplates: () => void;
}

export function InstallPanel({ onInstalled, onSettingsChanged, onShowTemplates }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);

  const check = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ kind: 'checking', name: file.name });
    try {
      const picked = { name: file.name, base64: base64Of(new Uint8Array(await file.arrayBuffer())), bytes: file.size };
      const report = await callApi('verifyPack', { file: { name: picked.name, base64: picked.base64 } });
      setStatus({ kind: 'checked', file: picked, report, accepted: false, applyLetterhead: false, installing: false, problem: null });
    } catch (error) {
      setStatus({ kind: 'error', message: messageOf(error) });
    }
  };

  const install = async () => {
    if (status.kind !== 'checked') return;
    setStatus({ ...status, installing: true, problem: null });
    try {
      const result = await callApi('installPack', {
        file: { name: status.file.name, base64: status.file.base64 },
        acceptUnsigned: status.accepted,
        applyLetterhead: status.applyLetterhead,
      });
      setStatus({ kind: 'installed', result, from: status.report.installedVersion });
      onInstalled();
      if (result.settings.unitsAdded.length > 0 || result.settings.letterhead) onSettingsChanged();
    } catch (error) {
      setStatus({ ...status, installing: false, problem: messageOf(error) });
    }
  };

  const drop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    void check(event.dataTransfer.files[0]);
  };

  const verdict = status.kind === 'checked' ? verdictOf(status.report) : null;

  return (
    <section
      className={`pack-install ${dragging ? 'dragging' : ''}`}
      aria-labelledby="pack-install-title"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <h2 id="pack-install-title">安装模板包</h2>
      <div className="pack-pick">
        <label className="file-button">
          安装模板包…
          <input
            type="file"
            accept=".gwpack"
            disabled={status.kind === 'checking' || (status.kind === 'checked' && status.installing)}
            onChange={(e) => {
              const file = e.target.files?.[0];
              // Cleared, so the same file can be chosen again after a newer version was exported under its name.
              e.target.value = '';
              void check(file);
            }}
          />
        </label>
        <span className="pack-muted">或把 .gwpack 文件拖到这里。安装前先检查内容和签名，不会改动本机。</span>
      </div>
      {status.kind === 'checking' && <p role="status">正在检查“{status.name}”…</p>}
      {status.kind === 'error' && (
        <p role="alert" className="export-error">
          {status.message}
        </p>
      )}
      {status.kind === 'checked' && (
        <>
          <PackReport fileName={status.file.name} bytes={status.file.bytes} report={status.report} />
          {verdict?.kind === 'blocked' && (
            <p role="alert" className="pack-blocked">
              {verdict.reason}
            </p>
          )}
          {status.report.warnings.length > 0 && (
            <div className="pack-warnings" role="group" aria-label="安装前须知">
              <ul>
                {status.report.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
              <label>
                <input type="checkbox" checked={status.accepted} onChange={(e) => setStatus({ ...status, accepted: e.target.checked })} />
                我已了解上述风险，确认模板包来源可靠，仍然安装
              </label>
            </div>
          )}
          {verdict?.kind === 'installable' && status.report.pack?.hasLetterhead && (
            <label className="pack-letterhead">
              <input type="checkbox" checked={status.applyLetterhead} onChange={(e) => setStatus({ ...status, applyLetterhead: e.target.checked })} />
              同时采用模板包中的版头设置（发文机关、发文代字、签发人），替换本机现有的设置
            </label>
          )}
          {status.problem && (
            <p role="alert" className="export-error">
              {status.problem}
            </p>
          )}
          <div className="pack-actions">
            {verdict?.kind === 'installable' && (
              <button type="button" className="primary" disabled={status.installing || (verdict.needsAcceptance && !status.accepted)} onClick={() => void install()}>
                {status.installing ? '正在安装…' : status.report.installedVersion ? `升级到 ${status.report.pack?.version ?? ''}` : '安装'}
              </button>
            )}
            <button type="button" onClick={() => setStatus({ kind: 'idle' })}>
              {verdict?.kind === 'installable' ? '取消' : '关闭'}
            </button>
          </div>
        </>
      )}
      {status.kind === 'installed' && (
        <div role="status" className="pack-installed">
          <p>
            已安装“{status.result.pack.name}”{status.result.pack.version}
            {status.from ? `（原为 ${status.from}）` : ''}。首页模板库中已加入：{status.result.pack.templates.map((template) => template.name).join('、') || '（无模板）'}。
          </p>
          {status.result.settings.unitsAdded.length > 0 && <p>单位名录新增 {status.result.settings.unitsAdded.length} 个单位：{status.result.settings.unitsAdded.join('、')}。</p>}
          {status.result.settings.letterhead && <p>已采用模板包中的版头设置（发文机关、发文代字、签发人）。</p>}
          <div className="pack-actions">
            <button type="button" onClick={onShowTemplates}>
              到首页查看模板
            </button>
            <button type="button" onClick={() => setStatus({ kind: 'idle' })}>
              知道了
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
