/** 打开 .gwdoc: a draft carried from another computer comes into this workspace, with its versions and datasets. */
import { useState } from 'react';
import type { ApiResult } from '../../../../core/api/contract.ts';
import { callApi } from '../../api/call-api.ts';
import { base64Of } from '../../base64.ts';

export function OpenGwdoc({ onOpen }: { onOpen: (draft: ApiResult<'getDraft'>, notes: string[]) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const openFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const { draft, notes } = await callApi('openGwdoc', { name: file.name, base64: base64Of(new Uint8Array(await file.arrayBuffer())) });
      onOpen(draft, notes);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="open-gwdoc">
      <label className="file-button">
        打开 .gwdoc 文件…
        <input
          type="file"
          accept=".gwdoc"
          disabled={busy}
          onChange={(e) => {
            void openFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      <span className="home-hint">用 U 盘带来的草稿（含版本和数据表），打开后存入本机工作区。</span>
      {busy && <span>正在打开…</span>}
      {error && (
        <p role="alert" className="export-error">
          {error}
        </p>
      )}
    </div>
  );
}
