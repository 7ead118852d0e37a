/** Checking a 100-page .docx written by our exporter: read, resolve styles, recognise roles, run every rule. */
import { checkDocx } from '../core/check/check-docx.ts';
import { writeDocx } from '../core/docx/write-docx.ts';
import type { Block } from '../core/model/blocks.ts';
import { text } from '../core/model/inline.ts';
import { sampleNotice } from '../tests/support/sample-document.ts';
import type { Figure } from './figure.ts';

/** 150 characters make about 5.5 lines of 28; 435 paragraphs fill 100 pages of 22 lines. */
const sentence = '各级纪检监察机关要坚持问题导向，聚焦群众反映强烈的突出问题，深化整治形式主义、官僚主义，推动全面从严治党向纵深发展。';
const paragraphCount = 435;

const body: Block[] = Array.from({ length: paragraphCount }, (_, i) => ({ type: 'paragraph', content: text(`${sentence}${sentence.slice(0, 95)}第${i + 1}段。`) }));
const bytes = await writeDocx(sampleNotice({ body }));

const figures: Figure[] = [
  {
    name: `检查 .docx：约 100 页（${paragraphCount} 段，${Math.round(bytes.length / 1024)} KB，进程内）`,
    runs: 20,
    warmup: 3,
    goalMs: 200,
    run: () => checkDocx(bytes),
  },
];

export default figures;
