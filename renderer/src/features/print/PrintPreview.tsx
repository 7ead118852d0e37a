/**
 * 打印预览 (Ctrl+P): every page as it will print — the live preview's own pages, at print scale
 * unless zoomed — with the page count, 打印 and 关闭 (Esc). What reaches the paper is the print
 * stylesheet's: the hidden full-size pages, one per A4 sheet, without browser margins.
 */
import { useEffect, useRef, useState } from 'react';
import type { LaidPage } from '../../../../core/layout/page-layout.ts';
import type { TypesetDocument } from '../../../../core/typeset/typeset.ts';
import { callApi } from '../../api/call-api.ts';
import { PagedPreview } from '../preview/PagedPreview.tsx';
import { ZoomSelect } from '../preview/ZoomSelect.tsx';
import { Modal } from '../versions/Modal.tsx';
import './print.css';

interface Props {
  pages: readonly LaidPage[];
  fonts: TypesetDocument['fonts'];
  /** The host prints (desktop); otherwise the browser's print dialog does. */
  canPrint: boolean;
  onClose: () => void;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'sent' } | { kind: 'error'; message: string };

export function PrintPreview({ pages, fonts, canPrint, onClose }: Props) {
  const [zoom, setZoom] = useState(1);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const printButton = useRef<HTMLButtonElement>(null);
  // After the dialog's own effect has shown it (children's effects run first), so Enter prints.
  useEffect(() => printButton.current?.focus(), []);

  const print = async () => {
    if (!canPrint) {
      window.print();
      return;
    }
    setStatus({ kind: 'busy' });
    try {
      const { printed } = await callApi('printPages');
      setStatus(printed ? { kind: 'sent' } : { kind: 'idle' });
    } catch (error) {
      setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <Modal title="打印预览" onClose={onClose} className="print-preview">
      <div className="print-preview-bar">
        <span data-testid="print-page-count">共 {pages.length} 页（A4）</span>
        <ZoomSelect zoom={zoom} onZoom={setZoom} />
        <span className="print-preview-status" aria-live="polite">
          {status.kind === 'busy' && '正在打开打印对话框…'}
          {status.kind === 'sent' && '已发送到打印机。'}
          {status.kind === 'error' && (
            <span role="alert" className="export-error">
              {status.message}
            </span>
          )}
        </span>
        <button type="button" className="primary" onClick={() => void print()} disabled={status.kind === 'busy' || pages.length === 0} ref={printButton}>
          打印
        </button>
        <button type="button" onClick={onClose} title="关闭（Esc）">
          关闭
        </button>
      </div>
      <div className="print-preview-pages" tabIndex={0} aria-label="打印的各页">
        <PagedPreview pages={pages} fonts={fonts} zoom={zoom} />
      </div>
    </Modal>
  );
}
