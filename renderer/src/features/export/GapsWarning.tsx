/**
 * Before an export: the gaps still open in the draft (连续×年, 【单位名称】), each with 跳到此处, and
 * 仍然导出 / 取消 — so a forgotten × reaches the leader only when the writer means it to.
 */
import type { DocumentGap } from '../../../../core/gaps/document-gaps.ts';
import { Modal } from '../versions/Modal.tsx';

interface Props {
  gaps: readonly DocumentGap[];
  /** 导出 Word or 导出 PDF, for the title and the button. */
  what: string;
  onJump: (gap: DocumentGap) => void;
  onExport: () => void;
  onCancel: () => void;
}

export function GapsWarning({ gaps, what, onJump, onExport, onCancel }: Props) {
  return (
    <Modal title={`还有 ${gaps.length} 处待填的空缺`} onClose={onCancel} className="gaps-warning">
      <p className="modal-hint">未填写的空缺会照原样印出（如“×”“【单位名称】”）。请先填写，或确认后仍然{what}。</p>
      <ol className="gaps-list">
        {gaps.map((gap, index) => (
          <li key={`${gap.source}-${index}`}>
            <span className="gap-label">{gap.label}</span>
            <span className="gap-place">{gap.place}</span>
            <span className="gap-excerpt">{gap.excerpt}</span>
            <button type="button" onClick={() => onJump(gap)} aria-label={`跳到此处：${gap.label}`}>
              跳到此处
            </button>
          </li>
        ))}
      </ol>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={onExport}>
          仍然{what}
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </Modal>
  );
}
