/**
 * Fills a new body editor with the draft's blocks, its node transforms registered first. Lexical
 * runs a transform registered on an editor that already holds nodes over every node of its kind
 * once more, in an update of its own: registered by the plugins after the body was loaded, that
 * re-reconciled every paragraph of a 30-page draft and forced a layout of the whole new screen
 * before its first paint.
 */
import { mergeRegister } from '@lexical/utils';
import { ParagraphNode, RootNode, type LexicalEditor, type NodeKey } from 'lexical';
import type { Block } from '../../../../../core/model/blocks.ts';
import { $setBlocks } from './convert.ts';
import { $passGuidanceOn } from './guidance-state.ts';
import { $renumber } from './numbering.ts';
import { $headingFromTypedOrdinal } from './typed-ordinal.ts';

/** Ordinals, guidance following the words, and typed ordinals becoming headings, for the editor's whole life. */
export function registerBodyTransforms(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerNodeTransform(RootNode, $renumber),
    editor.registerNodeTransform(ParagraphNode, $passGuidanceOn),
    editor.registerNodeTransform(ParagraphNode, (paragraph) => {
      if (!editor.isComposing()) $headingFromTypedOrdinal(paragraph);
    }),
  );
}

/** In the editor's first update: registers the transforms, puts the blocks in and returns which block each top-level node shows. */
export function $loadBody(editor: LexicalEditor, blocks: readonly Block[]): Map<NodeKey, number> {
  registerBodyTransforms(editor);
  return $setBlocks(blocks);
}
