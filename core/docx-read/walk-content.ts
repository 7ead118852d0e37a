/**
 * Walks a story (document body or footer) in reading order and produces resolved paragraphs
 * and tables. Wrappers Word and WPS add (hyperlinks, content controls, tracked insertions,
 * smart tags, `mc:AlternateContent`) are looked through; deleted text and field codes are not
 * text. Text-box paragraphs follow the paragraph that anchors them.
 */
import type { DocxParagraph, DocxRun, DocxTable } from './docx-model.ts';
import { completeParagraphProps, completeRunProps, layerParagraphProps, layerRunProps, readBorders, readParagraphProps, readRunProps, type PartialRunProps } from './properties.ts';
import type { StyleSheet } from './styles.ts';
import type { ThemeFonts } from './theme-fonts.ts';
import { attr, child, childrenNamed, childrenOf, numberAttr, tagOf, textOf, type XmlNode } from './xml.ts';

/** A `w:sectPr` met in a paragraph's properties: it closes a section after that paragraph. */
export interface SectionBreak {
  lastParagraph: number;
  sectPr: XmlNode;
}

interface Field {
  instruction: string;
  inResult: boolean;
}

interface ParagraphBuilder {
  text: string;
  fieldText: string;
  runs: DocxRun[];
  fields: Field[];
  breakBeforeText: boolean;
  breakAfterText: boolean;
  textBoxes: XmlNode[];
  hasDrawing: boolean;
}

const revisionTags = new Set(['ins', 'del', 'moveTo', 'moveFrom']);
/** Elements whose children are read as if they were in the parent. */
const transparent = new Set(['hyperlink', 'smartTag', 'ins', 'moveTo', 'customXml', 'dir', 'bdo', 'sdtContent']);

export class ContentWalker {
  readonly paragraphs: DocxParagraph[] = [];
  readonly tables: DocxTable[] = [];
  readonly sectionBreaks: SectionBreak[] = [];
  /** Tracked insertions, deletions and moves met in the story. */
  revisions = 0;
  private pendingPageBreak = false;
  private readonly tableStack: number[] = [];

  constructor(
    private readonly part: string,
    private readonly styles: StyleSheet,
    private readonly theme: ThemeFonts,
    private nextNumber: number,
  ) {}

  walkBlocks(nodes: readonly XmlNode[], container: DocxParagraph['container'] = 'body'): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'p') this.paragraph(node, container);
      else if (tag === 'tbl') this.table(node);
      else if (tag === 'sdt') this.walkBlocks(childrenOf(child(node, 'sdtContent') ?? {}), container);
      else if (tag === 'customXml') this.walkBlocks(childrenOf(node), container);
      else if (tag === 'AlternateContent') this.walkBlocks(alternative(node), container);
    }
  }

  private table(node: XmlNode): void {
    const tblPr = child(node, 'tblPr');
    const width = child(tblPr, 'tblW');
    const index = this.tables.length;
    const rows = childrenNamed(node, 'tr');
    const tableBorders = { ...this.styles.tableBorders(attr(child(tblPr, 'tblStyle'), 'val')), ...readBorders(child(tblPr, 'tblBorders'), ['top', 'bottom', 'insideH'] as const) };
    // Cell borders win over table borders; LibreOffice writes only cell borders.
    const cellBorders = rows.map((row) => readBorders(child(child(childrenNamed(row, 'tc')[0], 'tcPr'), 'tcBorders'), ['top', 'bottom'] as const));
    const between = cellBorders.length > 1 ? (cellBorders[0]?.bottom ?? cellBorders[1]?.top) : undefined;
    const table: DocxTable = {
      part: this.part,
      paragraphs: [],
      width: attr(width, 'type') === 'dxa' || attr(width, 'type') === undefined ? (numberAttr(width, 'w') ?? null) : null,
      gridColumns: childrenNamed(child(node, 'tblGrid'), 'gridCol').map((col) => numberAttr(col, 'w') ?? 0),
      borders: {
        top: cellBorders[0]?.top !== undefined ? cellBorders[0].top : (tableBorders.top ?? null),
        bottom: cellBorders.at(-1)?.bottom !== undefined ? (cellBorders.at(-1)?.bottom ?? null) : (tableBorders.bottom ?? null),
        insideH: between !== undefined ? between : (tableBorders.insideH ?? null),
      },
      rowCount: rows.length,
    };
    this.tables.push(table);
    this.tableStack.push(index);
    for (const row of rows) {
      for (const cell of childrenNamed(row, 'tc')) this.walkBlocks(childrenOf(cell), 'table');
    }
    this.tableStack.pop();
  }

  private paragraph(node: XmlNode, container: DocxParagraph['container']): void {
    const direct = readParagraphProps(child(node, 'pPr'));
    const style = this.styles.paragraphStyle(direct.styleId);
    const props = completeParagraphProps(layerParagraphProps(style.paragraph, direct));
    const builder: ParagraphBuilder = { text: '', fieldText: '', runs: [], fields: [], breakBeforeText: false, breakAfterText: false, textBoxes: [], hasDrawing: false };
    this.inline(childrenOf(node), builder, style.run);
    const number = this.nextNumber++;
    const table = this.tableStack.at(-1) ?? null;
    this.paragraphs.push({
      number,
      part: this.part,
      container,
      text: builder.text,
      fieldText: builder.fieldText,
      runs: builder.runs,
      props,
      styleRunProps: completeRunProps(style.run),
      styleName: style.name,
      hasDrawing: builder.hasDrawing,
      startsPage: props.pageBreakBefore || this.pendingPageBreak || builder.breakBeforeText,
      section: 0,
      table,
    });
    if (table !== null) this.tables[table]?.paragraphs.push(number);
    this.pendingPageBreak = builder.breakAfterText;
    const sectPr = child(child(node, 'pPr'), 'sectPr');
    if (sectPr) this.sectionBreaks.push({ lastParagraph: number, sectPr });
    for (const box of builder.textBoxes) this.walkBlocks(childrenOf(box), 'textbox');
  }

  private inline(nodes: readonly XmlNode[], builder: ParagraphBuilder, paragraphRun: PartialRunProps): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'r') this.run(node, builder, paragraphRun);
      else if (tag === 'fldSimple') {
        const field: Field = { instruction: attr(node, 'instr') ?? '', inResult: true };
        builder.fieldText += placeholder(field.instruction);
        builder.fields.push(field);
        this.inline(childrenOf(node), builder, paragraphRun);
        builder.fields.pop();
      } else if (tag === 'AlternateContent') this.inline(alternative(node), builder, paragraphRun);
      else if (tag === 'sdt') this.inline(childrenOf(child(node, 'sdtContent') ?? {}), builder, paragraphRun);
      else if (transparent.has(tag)) {
        if (revisionTags.has(tag)) this.revisions++;
        this.inline(childrenOf(node), builder, paragraphRun);
      } else if (revisionTags.has(tag)) this.revisions++;
    }
  }

  private run(node: XmlNode, builder: ParagraphBuilder, paragraphRun: PartialRunProps): void {
    const rPr = child(node, 'rPr');
    const characterStyle = this.styles.characterStyle(attr(child(rPr, 'rStyle'), 'val'));
    const props = completeRunProps(layerRunProps(layerRunProps(paragraphRun, characterStyle), readRunProps(rPr, this.theme)));
    let text = '';
    const append = (value: string) => {
      text += value;
      builder.text += value;
      builder.breakAfterText = false;
      if (!builder.fields.some((f) => f.inResult)) builder.fieldText += value;
    };
    for (const part of childrenOf(node)) {
      const tag = tagOf(part);
      const field = builder.fields.at(-1);
      if (field && !field.inResult && tag !== 'instrText' && tag !== 'fldChar') continue;
      switch (tag) {
        case 't':
          append(textOf(part));
          break;
        case 'instrText':
          if (field) field.instruction += textOf(part);
          break;
        case 'fldChar': {
          const type = attr(part, 'fldCharType');
          if (type === 'begin') builder.fields.push({ instruction: '', inResult: false });
          else if (type === 'separate' && field) {
            builder.fieldText += placeholder(field.instruction);
            field.inResult = true;
          } else if (type === 'end' && field) {
            builder.fields.pop();
            if (!field.inResult) builder.fieldText += placeholder(field.instruction);
          }
          break;
        }
        case 'tab':
          append('\t');
          break;
        case 'br':
        case 'cr':
          if (attr(part, 'type') === 'page') {
            if (builder.text.trim() === '') builder.breakBeforeText = true;
            else builder.breakAfterText = true;
          } else append('\n');
          break;
        case 'noBreakHyphen':
          append('-');
          break;
        case 'drawing':
        case 'pict':
        case 'object':
          builder.hasDrawing = true;
          collectTextBoxes([part], builder.textBoxes);
          break;
        case 'AlternateContent':
          builder.hasDrawing = true;
          collectTextBoxes(alternative(part), builder.textBoxes);
          break;
      }
    }
    if (text) builder.runs.push({ text, props });
  }
}

/** The first `mc:Choice` (what Word itself renders), else the fallback. */
function alternative(node: XmlNode): XmlNode[] {
  const choice = child(node, 'Choice') ?? child(node, 'Fallback');
  return choice ? childrenOf(choice) : [];
}

function collectTextBoxes(nodes: readonly XmlNode[], into: XmlNode[]): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'txbxContent') into.push(node);
    else if (tag === 'AlternateContent') collectTextBoxes(alternative(node), into);
    else collectTextBoxes(childrenOf(node), into);
  }
}

/** `{PAGE}` for ` PAGE  \* MERGEFORMAT `. */
function placeholder(instruction: string): string {
  const name = instruction.trim().split(/\s+/)[0] ?? '';
  return `{${name.toUpperCase()}}`;
}
