/**
 * A paragraph that starts with a typed ordinal in a nonstandard form (一. (一) （一）、 1、 (1) ①)
 * gets the GB/T 9704 form (一、（一）1.（1）), recognised exactly as the checker recognises it.
 */
import { readOrdinal } from '../text-patterns.ts';
import type { TextEdit } from './text-edit.ts';

export function ordinalEdits(text: string): TextEdit[] {
  const ordinal = readOrdinal(text);
  if (!ordinal?.expected) return [];
  return [{ start: 0, end: ordinal.typed.length, text: ordinal.expected }];
}
