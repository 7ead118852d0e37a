/** 撤销/重做 for the whole draft, beside the keyboard shortcuts. */
import type { DocumentHistory } from './use-document-history.ts';
import './history.css';

export function HistoryButtons({ history }: { history: DocumentHistory }) {
  return (
    <div className="history-buttons" role="group" aria-label="撤销与重做">
      <button type="button" onClick={history.undo} disabled={!history.canUndo} aria-keyshortcuts="Control+Z" title="撤销（Ctrl+Z）">
        撤销
      </button>
      <button type="button" onClick={history.redo} disabled={!history.canRedo} aria-keyshortcuts="Control+Y Control+Shift+Z" title="重做（Ctrl+Y 或 Ctrl+Shift+Z）">
        重做
      </button>
    </div>
  );
}
