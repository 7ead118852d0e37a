/** Keeps the computed ordinals of headings and enumeration items current. */
import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { registerNumbering } from './numbering.ts';

export function NumberingPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => registerNumbering(editor), [editor]);
  return null;
}
