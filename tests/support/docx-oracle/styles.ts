/** The named paragraph styles as `docx` library options (reference writer only). */
import { AlignmentType, LineRuleType, type IParagraphStyleOptions } from 'docx';
import type { FontProfile } from '../../../core/layout/font-profiles.ts';
import { gbt9704 } from '../../../core/layout/gbt9704.ts';
import { styleSpecs } from '../../../core/docx/styles.ts';
import { runFont } from './runs.ts';

/** docx writes `widowControl` on styles but its style typings omit it; LibreOffice needs it off to fill every page with 22 lines. */
const widowControlOff = { widowControl: false } as {};

const exactLine = { line: gbt9704.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

export function paragraphStyles(fonts: FontProfile): IParagraphStyleOptions[] {
  const normal: IParagraphStyleOptions = {
    id: 'Normal',
    name: 'Normal',
    quickFormat: true,
    // No condensing here: docx cannot write w:spacing="0", so 2号 titles and 4号 版记 runs would inherit it. Body runs carry it themselves.
    run: { font: runFont(fonts.fangsong, fonts.latin), size: gbt9704.size.body },
    // The 2-character indent in twips only: a firstLineChars here would override every hanging indent (附件说明, 版记) in Word.
    paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: gbt9704.indent.firstLineTwips }, spacing: exactLine, ...widowControlOff },
  };
  const named = Object.values(styleSpecs).map((spec) => ({
    id: spec.id,
    name: spec.name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: runFont(fonts[spec.font], fonts.latin), ...(spec.size ? { size: spec.size } : {}) },
    paragraph: { ...(spec.outlineLevel === undefined ? {} : { outlineLevel: spec.outlineLevel }) },
  }));
  return [normal, ...named];
}
