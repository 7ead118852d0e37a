import { useState } from 'react';
import type { ExportResult } from '../../../../core/api/contract.ts';
import { documentGaps, type DocumentGap } from '../../../../core/gaps/document-gaps.ts';
import { fontProfileIds, fontProfiles, type FontProfileId } from '../../../../core/layout/font-profiles.ts';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import { ApiCallError, callApi } from '../../api/call-api.ts';
import { useDraftSession } from '../versions/draft-session.ts';
import { GapsWarning } from './GapsWarning.tsx';

type Status = { kind: 'idle' } | { kind: 'busy'; what: string } | { kind: 'done'; result: ExportResult } | { kind: 'error'; message: string; retryAsCopy?: () => void };

interface Props {
  document: GongwenDocument;
  /** Needed for 另存为 .gwdoc, which carries the draft's versions too. */
  draftId: string | null;
  canRevealFiles: boolean;
  canPrintToPdf: boolean;
  fontProfile: FontProfileId;
  onFontProfile: (profile: FontProfileId) => void;
  /** 跳到此处 in the gaps warning: the export is called off and the editor shows the gap. */
  onJumpToGap: (gap: DocumentGap) => void;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export function ExportBar({ document, draftId, canRevealFiles, canPrintToPdf, fontProfile, onFontProfile, onJumpToGap }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [warning, setWarning] = useState<{ gaps: DocumentGap[]; what: string; exportAnyway: () => void } | null>(null);
  const [forReview, setForReview] = useState(false);
  const [reviewNote, setReviewNote] = useState(true);
  const busy = status.kind === 'busy';
  const session = useDraftSession();

  /** Exports at once when no gap is left open; otherwise asks first. */
  const guarded = (what: string, exportNow: () => void) => () => {
    const gaps = documentGaps(document);
    if (gaps.length === 0) return exportNow();
    setWarning({ gaps, what, exportAnyway: exportNow });
  };

  /** `asCopy` re-runs the job beside a file Word holds open, when the host answers 文件被占用. */
  const run = async (what: string, job: () => Promise<ExportResult | null>, asCopy?: () => Promise<ExportResult | null>) => {
    setStatus({ kind: 'busy', what });
    try {
      const result = await job();
      setStatus(result ? { kind: 'done', result } : { kind: 'idle' });
    } catch (error) {
      const locked = error instanceof ApiCallError && error.code === 'FILE_BUSY' && asCopy;
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error), retryAsCopy: locked ? () => void run('正在另存副本…', asCopy) : undefined });
    }
  };

  const exportWord = () => {
    if (forReview && draftId) {
      // The 送审稿 is kept as a version of what is stored, so the typing goes in first.
      const send = (asCopy: boolean) => async () => {
        await session.flush();
        return (await callApi('exportForReview', { draftId, fontProfile, asCopy, ...(reviewNote ? { note: '送审稿' } : {}) })).export;
      };
      return run('正在导出送审稿…', send(false), send(true));
    }
    return run(
      '正在导出 Word…',
      () => callApi('exportDocx', { document, fontProfile }),
      () => callApi('exportDocx', { document, fontProfile, asCopy: true }),
    );
  };

  const exportPdf = () =>
    run('正在生成 PDF…', async () => {
      // The printed pages follow the draft a frame behind the typing; let them catch up first.
      await nextFrame();
      if (canPrintToPdf) return callApi('exportPdf', { title: document.title });
      window.print();
      return null;
    });

  const saveGwdoc = (id: string) => run('正在保存 .gwdoc…', () => callApi('saveGwdoc', { draftId: id, document }));

  const reveal = async (exportId: string) => {
    try {
      await callApi('revealExport', { exportId });
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <div className="export-bar">
      <button type="button" className="primary" onClick={guarded('导出 Word', () => void exportWord())} disabled={busy}>
        导出 Word
      </button>
      <label className="font-profile">
        字体方案
        <select value={fontProfile} onChange={(e) => onFontProfile(e.target.value as FontProfileId)}>
          {fontProfileIds.map((id) => (
            <option key={id} value={id}>
              {fontProfiles[id].label}（{fontProfiles[id].fangsong}）
            </option>
          ))}
        </select>
      </label>
      <label className="export-option" title={draftId ? '导出供领导审阅的 Word：版面不变，另带隐藏的段落锚点，审阅后可读回；同时保存为版本“送审稿”' : '草稿还没有存入工作区：先写下内容'}>
        <input type="checkbox" checked={forReview && draftId !== null} disabled={!draftId} onChange={(e) => setForReview(e.target.checked)} />
        供审阅
      </label>
      {forReview && draftId && (
        <label className="export-option" title="每页右上角版心之外注明“送审稿”，正文版面不变">
          <input type="checkbox" checked={reviewNote} onChange={(e) => setReviewNote(e.target.checked)} />
          注明“送审稿”
        </label>
      )}
      <button type="button" onClick={guarded(canPrintToPdf ? '导出 PDF' : '打印', () => void exportPdf())} disabled={busy} title={canPrintToPdf ? '按预览的版面生成 PDF' : '打开打印对话框，可选择“另存为 PDF”'}>
        {canPrintToPdf ? '导出 PDF' : '打印 / 另存 PDF'}
      </button>
      <button
        type="button"
        onClick={() => draftId && saveGwdoc(draftId)}
        disabled={busy || !draftId}
        title={draftId ? '把草稿连同各版本和所用台账存为一个文件，可用 U 盘带到别的电脑' : '草稿还没有存入工作区：先写下内容'}
      >
        另存为 .gwdoc…
      </button>
      <div className="export-status" aria-live="polite">
        {status.kind === 'busy' && (
          <span>
            {status.what}
            {/* The host sends no progress, so the bar runs without a value while a long document is written. */}
            <progress className="export-progress" aria-label="导出进度" />
          </span>
        )}
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
            {status.result.warning && (
              <span role="status" className="export-warning">
                {status.result.warning}
              </span>
            )}
          </span>
        )}
        {status.kind === 'error' && (
          <span role="alert" className="export-error">
            {status.message}
            {status.retryAsCopy && (
              <button type="button" onClick={status.retryAsCopy}>
                另存为副本
              </button>
            )}
          </span>
        )}
      </div>
      {warning && (
        <GapsWarning
          gaps={warning.gaps}
          what={warning.what}
          onCancel={() => setWarning(null)}
          onExport={() => {
            setWarning(null);
            warning.exportAnyway();
          }}
          onJump={(gap) => {
            setWarning(null);
            // After the dialog has closed and handed focus back, so the editor keeps it.
            requestAnimationFrame(() => onJumpToGap(gap));
          }}
        />
      )}
    </div>
  );
}
