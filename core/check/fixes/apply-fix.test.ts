import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleNotice, sampleRedHeadNotice } from '../../../tests/support/sample-document.ts';
import { docxParagraphSources, recordPlacement, writePrepared } from '../../docx/write-docx.ts';
import type { GongwenDocument } from '../../model/document.ts';
import { text, type Inline } from '../../model/inline.ts';
import { prepareDocument } from '../../typeset/prepare.ts';
import { checkDocx } from '../check-docx.ts';
import { ruleTable, type RuleId } from '../rule-table.ts';
import { applyAllFixes, applyFix, countAllFixes, countFix } from './apply-fix.ts';
import { mixedText } from './fix-test-helpers.ts';

const source = { dataset: '案件台账', sheet: 'Sheet1', column: '金额', aggregate: 'sum' as const, rows: [2, 3], filter: '' };
const withBody = (...content: Inline[][]): GongwenDocument => sampleNotice({ body: content.map((c) => ({ type: 'paragraph' as const, content: c })) });
const bodyText = (doc: GongwenDocument, index: number) => {
  const block = doc.body[index]!;
  return block.type === 'paragraph' ? block.content : [];
};

async function locatedFindings(document: GongwenDocument) {
  const prepared = prepareDocument(document);
  const sources = docxParagraphSources(prepared.typeset, recordPlacement(prepared.layout));
  return checkDocx(await writePrepared(document, prepared)).map((f) => ({ ...f, source: f.location.paragraph === null ? null : (sources[f.location.paragraph - 1] ?? null) }));
}

describe('applyFix on the document model', () => {
  it('fixes the text at the finding’s source only and counts the places', () => {
    const doc = withBody(text('各单位要高度重视,精心组织,确保落实。'), text('其他单位也要重视,认真落实。'));
    const { document, count } = applyFix(doc, 'punctuation', 'body.0');
    expect(count).toBe(2);
    expect(bodyText(document, 0)).toEqual(text('各单位要高度重视，精心组织，确保落实。'));
    expect(bodyText(document, 1)).toEqual(text('其他单位也要重视,认真落实。'));
    expect(bodyText(doc, 0)).toEqual(text('各单位要高度重视,精心组织,确保落实。'));
  });

  it('never changes a field’s value, even when the mark sits in it', () => {
    const content: Inline[] = [...text('全年金额'), { type: 'field', key: '金额', value: '3,5', source }, ...text('万元,同比增长。')];
    const { document, count } = applyFix(withBody(content), 'punctuation', null);
    expect(count).toBe(1);
    expect(bodyText(document, 0)).toEqual([...text('全年金额'), { type: 'field', key: '金额', value: '3,5', source }, ...text('万元，同比增长。')]);
  });

  it('reads the neighbours of a mark across a field', () => {
    const content: Inline[] = [
      ...text('立案'),
      { type: 'field', key: '件数', value: '十二', source },
      ...text(',处分'),
      { type: 'field', key: '人数', value: null, source: null },
      ...text('人。'),
    ];
    const fixed = applyFix(withBody(content), 'punctuation', null).document;
    expect(bodyText(fixed, 0)[2]).toEqual({ type: 'text', text: '，处分' });
  });

  it('returns the same document when there is nothing to fix', () => {
    const doc = sampleRedHeadNotice();
    expect(countAllFixes(doc)).toBe(0);
    expect(applyAllFixes(doc).document).toBe(doc);
  });

  it('fixes the 文号 in the 版头 and ordinals only in plain paragraphs', () => {
    const doc = sampleRedHeadNotice({
      body: [
        { type: 'paragraph', content: text('(一)加强监督') },
        { type: 'heading', level: 2, content: text('(一)加强监督'), runIn: null },
      ],
    });
    doc.header.documentNumber = '某纪发[2024]第012号';
    const fixed = applyFix(applyFix(doc, 'document-number', 'header.documentNumber').document, 'ordinal', null).document;
    expect(fixed.header.documentNumber).toBe('某纪发〔2024〕12号');
    expect(fixed.body.map((b) => (b.type === 'paragraph' || b.type === 'heading' ? b.content : []))).toEqual([text('（一）加强监督'), text('(一)加强监督')]);
  });

  it('reaches table cells, enumeration items, the title and attachments by their paths', () => {
    const base = sampleRedHeadNotice();
    const doc: GongwenDocument = {
      ...base,
      title: '关于开展“回头看”工作的通知--试行',
      body: [
        { type: 'enumeration', style: 'yishi', runOn: false, lead: [], items: [text('提高站位...'), text('排查线索...')] },
        { type: 'table', headerRows: 0, columnWidths: [1], rows: [{ cells: [{ content: text('县财政局,县审计局') }] }] },
      ],
      attachments: [{ title: '问题清单(试行)', blocks: [{ type: 'paragraph', content: text('于2024.3.5前完成') }] }],
    };
    expect(countFix(doc, 'ellipsis', 'body.0.items.1')).toBe(1);
    expect(countFix(doc, 'ellipsis', 'body.0')).toBe(2);
    expect(countFix(doc, 'punctuation', 'body.1.rows.0.cells.0')).toBe(1);
    expect(countFix(doc, 'dash', 'title')).toBe(1);
    expect(countFix(doc, 'punctuation', 'attachments.0.title')).toBe(2);
    expect(countFix(doc, 'date', 'attachments.0.blocks.0')).toBe(1);
    const all = applyAllFixes(doc);
    expect(all.count).toBe(7);
    expect(all.document.title).toBe('关于开展“回头看”工作的通知——试行');
    expect(all.document.attachments[0]!.blocks[0]).toEqual({ type: 'paragraph', content: text('于2024年3月5日前完成') });
  });

  it('is idempotent over whole documents and leaves fields alone', () => {
    const inline = fc.oneof(
      mixedText.map((t): Inline => ({ type: 'text', text: t })),
      mixedText.map((t): Inline => ({ type: 'field', key: '值', value: t, source })),
      fc.constant<Inline>({ type: 'break' }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(inline, { maxLength: 5 }), { minLength: 1, maxLength: 4 }), mixedText, (paragraphs, title) => {
        const doc = { ...withBody(...paragraphs), title };
        const once = applyAllFixes(doc).document;
        expect(applyAllFixes(once).count).toBe(0);
        const fields = (d: GongwenDocument) => d.body.flatMap((b) => (b.type === 'paragraph' ? b.content.filter((i) => i.type !== 'text') : []));
        expect(fields(once)).toEqual(fields(doc));
      }),
    );
  });
});

describe('fixes against the checker', () => {
  const cases: [RuleId, string][] = [
    ['half-width-punctuation', '各单位要高度重视,精心组织,确保各项任务落到实处.'],
    ['full-width-alnum', '各单位要于２０２４年底前报送。'],
    ['ellipsis', '以规范化建设促进履职尽责...'],
    ['dash', '把监督挺在前面--以规范化建设促进履职尽责。'],
    ['text-date', '请于2024-12-20前报送。'],
    ['heading-ordinal', '(一)强化政治监督。'],
  ];
  for (const [rule, typed] of cases) {
    it(`${rule}: the finding’s fix removes it`, async () => {
      const doc = sampleNotice();
      doc.body.splice(1, 0, { type: 'paragraph', content: text(typed) });
      const finding = (await locatedFindings(doc)).find((f) => f.rule === rule);
      expect(finding?.source).toBe('body.1');
      const fix = (ruleTable[rule] as { fix?: Parameters<typeof applyFix>[1] }).fix!;
      const { document, count } = applyFix(doc, fix, finding!.source);
      expect(count).toBeGreaterThan(0);
      expect((await locatedFindings(document)).filter((f) => f.rule === rule)).toEqual([]);
    });
  }

  it('document-number: the 版头 文号 fix removes the finding', async () => {
    const doc = sampleRedHeadNotice();
    doc.header.documentNumber = '某纪发[2024]12号';
    const finding = (await locatedFindings(doc)).find((f) => f.rule === 'document-number');
    expect(finding?.source).toBe('header.documentNumber');
    const fixed = applyFix(doc, 'document-number', finding!.source).document;
    expect((await locatedFindings(fixed)).filter((f) => f.rule === 'document-number')).toEqual([]);
  });
});
