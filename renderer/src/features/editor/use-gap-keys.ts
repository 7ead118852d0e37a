/**
 * F4 / Shift+F4 anywhere on the editor screen, not only in the body: from a header field (标题,
 * 主送机关 …) or a side panel, F4 selects the body's first unfilled field or gap and Shift+F4 its
 * last. The header parts are plain text, so they hold no gap fields to walk; a marker typed there
 * is listed by 检查 and the export warning. In the body the editor walks from the caret itself.
 */
import { useEffect, type RefObject } from 'react';
import type { EditorCommands } from './editor-commands.ts';

export function useGapKeys(commands: RefObject<EditorCommands | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'F4' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target instanceof Element ? event.target : null;
      // The body walks from its caret; a dialog (a chip's popover, 另存为模板) keeps its keys.
      if (target?.closest('.body-editable, [role="dialog"]')) return;
      const editor = commands.current;
      const count = editor?.unfilledCount() ?? 0;
      if (!editor || count === 0) return;
      event.preventDefault();
      editor.selectUnfilledField(event.shiftKey ? count - 1 : 0);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [commands]);
}
