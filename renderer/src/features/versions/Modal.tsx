/**
 * A modal dialog on the native <dialog>: the page behind is inert while it is open (focus
 * stays inside), Esc closes it, and focus returns to where it was when it closes.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import './modal.css';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

export function Modal({ title, onClose, children, className = '' }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // Focusing a text body again puts the caret at its start; the writer expects it where they left it (Ctrl+S mid-sentence).
    const selection = window.getSelection();
    const caret = before?.isContentEditable && selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      before?.focus({ preventScroll: true });
      if (caret && before?.isConnected) {
        selection?.removeAllRanges();
        selection?.addRange(caret);
      }
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal ${className}`}
      aria-label={title}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 className="modal-title">{title}</h2>
      {children}
    </dialog>
  );
}
