/**
 * Ctrl+P (⌘P) in the editor opens 打印预览 instead of printing the editor screen straight away:
 * the writer sees the pages first and prints from there.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { LaidPage } from '../../../../core/layout/page-layout.ts';
import type { TypesetDocument } from '../../../../core/typeset/typeset.ts';
import { PrintPreview } from './PrintPreview.tsx';

interface Options {
  pages: readonly LaidPage[];
  fonts: TypesetDocument['fonts'];
  canPrint: boolean;
}

/** `button` opens the preview from the toolbar; `dialog` is the preview while open. */
export function usePrintPreview({ pages, fonts, canPrint }: Options): { button: ReactNode; dialog: ReactNode } {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 'p') return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const button = (
    <button type="button" onClick={() => setOpen(true)} aria-keyshortcuts="Control+P" title="打印预览（Ctrl+P）">
      打印预览
    </button>
  );
  const dialog = open ? <PrintPreview pages={pages} fonts={fonts} canPrint={canPrint} onClose={() => setOpen(false)} /> : null;
  return { button, dialog };
}
