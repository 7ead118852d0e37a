/**
 * A decorator's DOM host inside the body. Keys, typing and clipboard events that start in an
 * input, textarea or chip of the decorator (a table cell, a field) belong to that control: Lexical
 * is told to leave them alone (it would take Enter for a new paragraph), while React still sees
 * them. Undo and redo go on to Lexical: a cell edit is part of the body's history.
 */
import { stopLexicalPropagation } from 'lexical';

const ownEvents = ['keydown', 'keypress', 'beforeinput', 'input', 'paste', 'cut', 'copy', 'compositionstart', 'compositionend'] as const;

const isHistoryKey = (event: Event): boolean => event instanceof KeyboardEvent && (event.ctrlKey || event.metaKey) && ['z', 'y', 'Z', 'Y'].includes(event.key);

export function decoratorHost(tag: 'span' | 'div', className: string): HTMLElement {
  const host = document.createElement(tag);
  host.className = className;
  host.contentEditable = 'false';
  for (const type of ownEvents) {
    host.addEventListener(type, (event) => {
      if (event.target !== host && !isHistoryKey(event)) stopLexicalPropagation(event);
    });
  }
  return host;
}
