/** Every node the body editor registers. */
import type { Klass, LexicalNode } from 'lexical';
import { EnumItemNode } from './EnumItemNode.ts';
import { EnumMarkerNode } from './EnumMarkerNode.ts';
import { FieldNode } from './FieldNode.tsx';
import { BodyHeadingNode } from './HeadingNode.ts';
import { HeadingWordsNode } from './HeadingWordsNode.ts';
import { PageBreakNode } from './PageBreakNode.ts';
import { RunOnEnumerationNode } from './RunOnEnumerationNode.ts';
import { BodyTableNode } from './TableNode.tsx';

export const bodyNodes: Klass<LexicalNode>[] = [FieldNode, BodyHeadingNode, HeadingWordsNode, EnumItemNode, RunOnEnumerationNode, EnumMarkerNode, BodyTableNode, PageBreakNode];
