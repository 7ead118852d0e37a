/** 导出 Excel for a register: the file lands in the export folder, named and shown like a Word export. */
import { useState } from 'react';
import type { ExportResult } from '../../../../core/api/contract.ts';
import { callApi } from '../../api/call-api.ts';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; result: ExportResult } | { kind: 'error'; message: string };

interface Props {
  label: string;
  canRevealFiles: boolean;
  run: () => Promise<ExportResult>;
}

export function RegisterExport({ label, canRevealFiles, run }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const start = async () => {
    setStatus({ kind: 'busy' });
    try {
      setStatus({ kind: 'done', result: await run() });
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
    <span className="register-export">
      <button type="button" onClick={() => void start()} disabled={status.kind === 'busy'} aria-label={label}>
        导出 Excel
      </button>
      <span aria-live="polite">
        {status.kind === 'busy' && '正在导出…'}
        {status.kind === 'done' && (
          <span className="register-export-done" data-testid="register-export-result">
            已导出 <strong>{status.result.fileName}</strong> <span className="export-path">{status.result.path}</span>
            {canRevealFiles && (
              <button type="button" onClick={() => void reveal(status.result.exportId)}>
                在文件夹中显示
              </button>
            )}
          </span>
        )}
        {status.kind === 'error' && (
          <span role="alert" className="register-problem">
            {status.message}
          </span>
        )}
      </span>
    </span>
  );
}
