/**
 * Ctrl+S (⌘S) anywhere in the editor opens 保存版本 instead of the browser's "save page":
 * writers press it out of habit, and a named version is what they mean by saving.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { SaveVersionDialog } from './SaveVersionDialog.tsx';

/** `stamp` changes after each version saved here; `dialog` is to be rendered inside the draft session. */
export function useSaveVersionShortcut(onSaved: () => void): { dialog: ReactNode; stamp: number } {
  const [open, setOpen] = useState(false);
  const [stamp, setStamp] = useState(0);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const dialog = open ? (
    <SaveVersionDialog
      onClose={() => setOpen(false)}
      onSaved={() => {
        setOpen(false);
        setStamp((n) => n + 1);
        onSaved();
      }}
    />
  ) : null;
  return { dialog, stamp };
}
