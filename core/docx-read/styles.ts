/**
 * styles.xml: docDefaults and the `w:basedOn` chains of paragraph and character styles,
 * flattened once per style so every paragraph and run resolves in constant time.
 */
import {
  emptyParagraphProps,
  emptyRunProps,
  layerParagraphProps,
  layerRunProps,
  readBorders,
  readParagraphProps,
  readRunProps,
  type PartialParagraphProps,
  type PartialRunProps,
} from './properties.ts';
import type { Border } from './docx-model.ts';
import type { ThemeFonts } from './theme-fonts.ts';
import { attr, child, childrenNamed, find, parseXml, type XmlNode } from './xml.ts';

export type TableBorders = Partial<Record<'top' | 'bottom' | 'insideH', Border | null>>;

interface StyleEntry {
  type: string;
  name: string | null;
  basedOn: string | null;
  paragraph: PartialParagraphProps;
  run: PartialRunProps;
  /** Table styles only: Word's default 网格型 style draws every border through it. */
  tableBorders: TableBorders;
}

export interface ResolvedStyle {
  name: string | null;
  paragraph: PartialParagraphProps;
  run: PartialRunProps;
}

export class StyleSheet {
  private readonly entries = new Map<string, StyleEntry>();
  private readonly resolved = new Map<string, ResolvedStyle>();
  private readonly defaults: ResolvedStyle;
  private readonly defaultParagraphStyle: string | null;

  constructor(xml: string | undefined, part: string, theme: ThemeFonts) {
    const root = xml ? find(parseXml(xml, part), 'styles') : undefined;
    const docDefaults = child(root, 'docDefaults');
    this.defaults = {
      name: null,
      paragraph: readParagraphProps(child(child(docDefaults, 'pPrDefault'), 'pPr')),
      run: readRunProps(child(child(docDefaults, 'rPrDefault'), 'rPr'), theme),
    };
    let defaultParagraphStyle: string | null = null;
    for (const style of childrenNamed(root, 'style')) {
      const id = attr(style, 'styleId');
      if (!id) continue;
      const type = attr(style, 'type') ?? 'paragraph';
      this.entries.set(id, {
        type,
        name: attr(child(style, 'name'), 'val') ?? null,
        basedOn: attr(child(style, 'basedOn'), 'val') ?? null,
        paragraph: readParagraphProps(child(style, 'pPr')),
        run: readRunProps(child(style, 'rPr'), theme),
        tableBorders: readBorders(child(child(style, 'tblPr'), 'tblBorders'), ['top', 'bottom', 'insideH'] as const),
      });
      const isDefault = attr(style, 'default');
      if (type === 'paragraph' && (isDefault === '1' || isDefault === 'true')) defaultParagraphStyle = id;
    }
    this.defaultParagraphStyle = defaultParagraphStyle;
  }

  /** docDefaults, then the paragraph style chain (the default paragraph style when none is named). */
  paragraphStyle(styleId: string | undefined): ResolvedStyle {
    const id = styleId && this.entries.get(styleId)?.type === 'paragraph' ? styleId : this.defaultParagraphStyle;
    if (!id) return this.defaults;
    return this.chain(id, this.defaults);
  }

  /** A character style's own chain, layered later over the paragraph's run properties. */
  characterStyle(styleId: string | undefined): PartialRunProps {
    if (!styleId || this.entries.get(styleId)?.type !== 'character') return emptyRunProps();
    return this.chain(styleId, { name: null, paragraph: emptyParagraphProps(), run: emptyRunProps() }).run;
  }

  /** Borders a table style gives, through its basedOn chain. */
  tableBorders(styleId: string | undefined): TableBorders {
    const ids: string[] = [];
    for (let current = styleId ?? null; current && !ids.includes(current); current = this.entries.get(current)?.basedOn ?? null) ids.push(current);
    return ids.reverse().reduce<TableBorders>((borders, id) => ({ ...borders, ...this.entries.get(id)?.tableBorders }), {});
  }

  private chain(id: string, base: ResolvedStyle): ResolvedStyle {
    const key = `${base === this.defaults ? 'p' : 'c'}:${id}`;
    const cached = this.resolved.get(key);
    if (cached) return cached;
    const ids: string[] = [];
    for (let current: string | null = id; current && !ids.includes(current); current = this.entries.get(current)?.basedOn ?? null) ids.push(current);
    let result = base;
    for (const styleId of ids.reverse()) {
      const entry = this.entries.get(styleId);
      if (!entry) continue;
      result = { name: entry.name, paragraph: layerParagraphProps(result.paragraph, entry.paragraph), run: layerRunProps(result.run, entry.run) };
    }
    result = { ...result, name: this.entries.get(id)?.name ?? null };
    this.resolved.set(key, result);
    return result;
  }
}
