/** A dialog holding one form: its submit runs the action, a failure is shown in the dialog and the form stays open to correct. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { Modal } from './Modal.tsx';

export function DialogForm({
  title,
  submitLabel,
  busyLabel = submitLabel,
  onClose,
  run,
  children,
}: {
  title: string;
  submitLabel: string;
  /** What the submit button says while the action runs. */
  busyLabel?: string;
  onClose: () => void;
  run: () => Promise<unknown>;
  children: ReactNode;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      await run();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
      setBusy(false);
    }
  };
  return (
    <Modal title={title} onClose={onClose}>
      <form className="modal-form" onSubmit={(e) => void submit(e)}>
        {children}
        {problem && (
          <p role="alert" className="modal-problem">
            {problem}
          </p>
        )}
        <div className="modal-actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? busyLabel : submitLabel}
          </button>
          <button type="button" onClick={onClose}>
            取消
          </button>
        </div>
      </form>
    </Modal>
  );
}
