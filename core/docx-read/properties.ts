/**
 * `w:rPr` and `w:pPr` as partial property sets, and their layering: each level of the chain
 * (docDefaults → styles → direct) overrides only what it names, attribute by attribute, so an
 * `w:rFonts` carrying only `w:hint` keeps the inherited faces.
 */
import type { Border, Indent, LineRule, ParagraphProps, RunFonts, RunProps } from './docx-model.ts';
import { themeFont, type ThemeFonts } from './theme-fonts.ts';
import { attr, child, childrenOf, isOn, numberAttr, tagOf, type XmlNode } from './xml.ts';

export interface PartialRunProps {
  fonts: Partial<RunFonts>;
  size?: number;
  color?: string | null;
  bold?: boolean;
  characterSpacing?: number;
  scale?: number;
}

export interface PartialParagraphProps {
  styleId?: string;
  align?: string;
  indent: Partial<Indent>;
  line?: number;
  lineRule?: LineRule;
  before?: number;
  after?: number;
  outlineLevel?: number;
  snapToGrid?: boolean;
  pageBreakBefore?: boolean;
  borders: { top?: Border | null; bottom?: Border | null };
  numbered?: boolean;
}

export const emptyRunProps = (): PartialRunProps => ({ fonts: {} });
export const emptyParagraphProps = (): PartialParagraphProps => ({ indent: {}, borders: {} });

const fontSlots = ['ascii', 'hAnsi', 'eastAsia', 'cs'] as const;

export function readRunProps(rPr: XmlNode | undefined, theme: ThemeFonts): PartialRunProps {
  const props = emptyRunProps();
  if (!rPr) return props;
  for (const node of childrenOf(rPr)) {
    switch (tagOf(node)) {
      case 'rFonts':
        for (const slot of fontSlots) {
          // Word spells the complex-script one w:cstheme.
          const themed = attr(node, `${slot}Theme`) ?? (slot === 'cs' ? attr(node, 'cstheme') : undefined);
          const named = attr(node, slot);
          if (themed) props.fonts[slot] = themeFont(theme, themed) ?? named ?? null;
          else if (named !== undefined) props.fonts[slot] = named;
        }
        if (attr(node, 'hint') !== undefined) props.fonts.hint = attr(node, 'hint') ?? null;
        break;
      case 'sz':
        props.size = numberAttr(node, 'val') ?? props.size;
        break;
      case 'color': {
        const value = attr(node, 'val');
        props.color = !value || value.toLowerCase() === 'auto' ? null : value.toUpperCase();
        break;
      }
      case 'b':
        props.bold = isOn(node);
        break;
      case 'spacing':
        props.characterSpacing = numberAttr(node, 'val') ?? 0;
        break;
      case 'w':
        props.scale = numberAttr(node, 'val') ?? 100;
        break;
    }
  }
  return props;
}

export function layerRunProps(base: PartialRunProps, over: PartialRunProps): PartialRunProps {
  return {
    fonts: { ...base.fonts, ...over.fonts },
    size: over.size ?? base.size,
    color: over.color !== undefined ? over.color : base.color,
    bold: over.bold ?? base.bold,
    characterSpacing: over.characterSpacing ?? base.characterSpacing,
    scale: over.scale ?? base.scale,
  };
}

export function completeRunProps(props: PartialRunProps): RunProps {
  const { fonts } = props;
  return {
    fonts: { ascii: fonts.ascii ?? null, hAnsi: fonts.hAnsi ?? null, eastAsia: fonts.eastAsia ?? null, cs: fonts.cs ?? null, hint: fonts.hint ?? null },
    size: props.size ?? null,
    color: props.color ?? null,
    bold: props.bold ?? false,
    characterSpacing: props.characterSpacing ?? 0,
    scale: props.scale ?? 100,
  };
}

function readBorder(node: XmlNode | undefined): Border | null | undefined {
  if (!node) return undefined;
  const style = attr(node, 'val') ?? 'none';
  if (style === 'none' || style === 'nil') return null;
  const color = attr(node, 'color');
  return { style, size: numberAttr(node, 'sz') ?? 0, color: !color || color.toLowerCase() === 'auto' ? null : color.toUpperCase() };
}

export function readBorders<T extends string>(node: XmlNode | undefined, sides: readonly T[]): Partial<Record<T, Border | null>> {
  const result: Partial<Record<T, Border | null>> = {};
  for (const side of sides) {
    const border = readBorder(child(node, side));
    if (border !== undefined) result[side] = border;
  }
  return result;
}

function readIndent(node: XmlNode): Partial<Indent> {
  const indent: Partial<Indent> = {};
  const left = numberAttr(node, 'left') ?? numberAttr(node, 'start');
  const right = numberAttr(node, 'right') ?? numberAttr(node, 'end');
  if (left !== undefined) indent.left = left;
  if (right !== undefined) indent.right = right;
  const hanging = numberAttr(node, 'hanging');
  const firstLine = numberAttr(node, 'firstLine');
  if (hanging !== undefined) indent.firstLine = -hanging;
  else if (firstLine !== undefined) indent.firstLine = firstLine;
  const hangingChars = numberAttr(node, 'hangingChars');
  const firstLineChars = numberAttr(node, 'firstLineChars');
  if (hangingChars !== undefined) indent.firstLineChars = -hangingChars;
  else if (firstLineChars !== undefined) indent.firstLineChars = firstLineChars;
  const leftChars = numberAttr(node, 'leftChars') ?? numberAttr(node, 'startChars');
  const rightChars = numberAttr(node, 'rightChars') ?? numberAttr(node, 'endChars');
  if (leftChars !== undefined) indent.leftChars = leftChars;
  if (rightChars !== undefined) indent.rightChars = rightChars;
  return indent;
}

export function readParagraphProps(pPr: XmlNode | undefined): PartialParagraphProps {
  const props = emptyParagraphProps();
  if (!pPr) return props;
  for (const node of childrenOf(pPr)) {
    switch (tagOf(node)) {
      case 'pStyle':
        props.styleId = attr(node, 'val');
        break;
      case 'jc':
        props.align = normaliseAlign(attr(node, 'val'));
        break;
      case 'ind':
        props.indent = readIndent(node);
        break;
      case 'spacing': {
        props.line = numberAttr(node, 'line');
        const rule = attr(node, 'lineRule');
        if (rule === 'exact' || rule === 'atLeast' || rule === 'auto') props.lineRule = rule;
        else if (props.line !== undefined) props.lineRule = 'auto';
        props.before = numberAttr(node, 'before');
        props.after = numberAttr(node, 'after');
        break;
      }
      case 'outlineLvl':
        props.outlineLevel = numberAttr(node, 'val');
        break;
      case 'snapToGrid':
        props.snapToGrid = isOn(node);
        break;
      case 'pageBreakBefore':
        props.pageBreakBefore = isOn(node);
        break;
      case 'pBdr':
        props.borders = readBorders(node, ['top', 'bottom'] as const);
        break;
      case 'numPr':
        props.numbered = child(node, 'numId') !== undefined && attr(child(node, 'numId'), 'val') !== '0';
        break;
    }
  }
  return props;
}

function normaliseAlign(value: string | undefined): string | undefined {
  if (value === 'start') return 'left';
  if (value === 'end') return 'right';
  return value;
}

export function layerParagraphProps(base: PartialParagraphProps, over: PartialParagraphProps): PartialParagraphProps {
  const line = over.line ?? base.line;
  return {
    styleId: over.styleId ?? base.styleId,
    align: over.align ?? base.align,
    indent: { ...base.indent, ...over.indent },
    line,
    lineRule: over.line !== undefined || over.lineRule !== undefined ? (over.lineRule ?? 'auto') : base.lineRule,
    before: over.before ?? base.before,
    after: over.after ?? base.after,
    outlineLevel: over.outlineLevel ?? base.outlineLevel,
    snapToGrid: over.snapToGrid ?? base.snapToGrid,
    pageBreakBefore: over.pageBreakBefore ?? base.pageBreakBefore,
    borders: { ...base.borders, ...over.borders },
    numbered: over.numbered ?? base.numbered,
  };
}

export function completeParagraphProps(props: PartialParagraphProps): ParagraphProps {
  const { indent } = props;
  return {
    styleId: props.styleId ?? null,
    align: props.align ?? 'left',
    indent: {
      left: indent.left ?? 0,
      right: indent.right ?? 0,
      firstLine: indent.firstLine ?? 0,
      firstLineChars: indent.firstLineChars ?? null,
      leftChars: indent.leftChars ?? null,
      rightChars: indent.rightChars ?? null,
    },
    line: props.line ?? null,
    lineRule: props.lineRule ?? 'auto',
    before: props.before ?? 0,
    after: props.after ?? 0,
    outlineLevel: props.outlineLevel ?? null,
    snapToGrid: props.snapToGrid ?? true,
    pageBreakBefore: props.pageBreakBefore ?? false,
    borders: { top: props.borders.top ?? null, bottom: props.borders.bottom ?? null },
    numbered: props.numbered ?? false,
  };
}
