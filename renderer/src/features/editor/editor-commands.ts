/**
 * What the side panels (常用语, find, outline) may ask of the body editor without knowing it
 * is Lexical. The editor screen owns one holder; the body editor fills it while mounted.
 */
import { createContext, useContext } from 'react';

export interface EditorCommands {
  /** Inserts plain text at the caret, replacing any selection; false when the body has never had a caret. */
  insertText(text: string): boolean;
  /** The text selected in the body, '' when nothing is selected. */
  selectedText(): string;
  /** Selects the n-th unfilled field or gap of the body (reading order) and brings it into view; false when there is none. */
  selectUnfilledField(index: number): boolean;
  /** How many unfilled fields and gaps the body holds. */
  unfilledCount(): number;
}

export interface EditorCommandsHolder {
  current: EditorCommands | null;
}

export const EditorCommandsContext = createContext<EditorCommandsHolder>({ current: null });

export const useEditorCommands = (): EditorCommandsHolder => useContext(EditorCommandsContext);
