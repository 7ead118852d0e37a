/**
 * Lexical turns a chip selected as a whole back into a caret at the first selectionchange after a
 * click, reading the caret from the page. Chromium runs key events ahead of that queued event on a
 * busy page, so F4 right after a click selected a chip that the click's late selectionchange then
 * deselected (or the next F4 started again from the top). A key handler that has already read the
 * caret from the page ($catchUpWithCaret) has taken the click into account: its echo must not undo
 * what the key did. Lexical offers no public way to say so; its input state is the only handle.
 */
import type { LexicalEditor } from 'lexical';

export function forgetPendingClick(editor: LexicalEditor): void {
  editor._inputState.isSelectionChangeFromMouseDown = false;
}
