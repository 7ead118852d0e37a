import { useState } from 'react';
import type { ExportResult } from '../../../../core/api/contract.ts';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { callApi } from '../../api/call-api.ts';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; result: ExportResult } | { kind: 'error'; message: string };

export function ExportBar({ document, canRevealFiles }: { document: GongwenDocument; canRevealFiles: boolean }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const exportWord = async () => {
    setStatus({ kind: 'busy' });
    try {
      setStatus({ kind: 'done', result: await callApi('exportDocx', { document }) });
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const reveal = async (exportId: string) => {
    try {
      await callApi('revealExport', { exportId });
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="export-bar">
      <button type="button" className="primary" onClick={exportWord} disabled={status.kind === 'busy'}>
        {status.kind === 'busy' ? '正在导出…' : '导出 Word'}
      </button>
      <div className="export-status" aria-live="polite">
        {status.kind === 'done' && (
          <span data-testid="export-result">
            已导出 <strong>{status.result.fileName}</strong>
            <span className="export-path" data-testid="export-path" title={status.result.path}>
              {status.result.path}
            </span>
            {canRevealFiles && (
              <button type="button" onClick={() => reveal(status.result.exportId)}>
                在文件夹中显示
              </button>
            )}
          </span>
        )}
        {status.kind === 'error' && (
          <span role="alert" className="export-error">
            {status.message}
          </span>
        )}
      </div>
    </div>
  );
}
