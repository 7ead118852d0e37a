/**
 * Computed numbering shown before a block's text: a non-editable span outside the range Lexical
 * manages, so the ordinal is seen (and read by screen readers) but never typed over or stored.
 */
import type { ElementDOMSlot } from 'lexical';

const ordinalClass = 'body-ordinal';

export function blockWithOrdinal(className: string, ordinal: string): HTMLElement {
  const block = document.createElement('p');
  block.className = className;
  const prefix = document.createElement('span');
  prefix.className = ordinalClass;
  prefix.contentEditable = 'false';
  prefix.textContent = ordinal;
  block.append(prefix);
  return block;
}

export function setOrdinal(block: HTMLElement, ordinal: string): void {
  const prefix = block.querySelector(`:scope > .${ordinalClass}`);
  if (prefix && prefix.textContent !== ordinal) prefix.textContent = ordinal;
}

export function slotAfterOrdinal(slot: ElementDOMSlot<HTMLElement>, block: HTMLElement): ElementDOMSlot<HTMLElement> {
  return slot.withAfter(block.querySelector(`:scope > .${ordinalClass}`));
}
