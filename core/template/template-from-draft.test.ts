import { describe, expect, it } from 'vitest';
import { loadBuiltinPack } from '../../host/templates/builtin-pack.ts';
import { inspectionLedger } from '../../tests/support/gap-ledgers.ts';
import type { Block } from '../model/blocks.ts';
import { blockText } from '../model/block-text.ts';
import { createBlankDocument, type GongwenDocument } from '../model/document.ts';
import { text, type Inline } from '../model/inline.ts';
import { mergeTemplate } from './merge.ts';
import { sampleMergeInput } from './sample-input.ts';
import { draftSectionSettings, templateFromDraft, type TemplateMeta } from './template-from-draft.ts';
import { lintTemplate } from './template-lint.ts';
import type { Template } from './template-schema.ts';

const today = '2024-03-05';
const meta: TemplateMeta = { id: 'own-notice', version: '1.0.0', name: '本单位整改通知', description: '自拟', family: '整改通知' };
const field = (key: string, value: string | null = null): Inline => ({ type: 'field', key, value, source: null });
const rowCell = (key: string, value: string, row: number): Inline => ({
  type: 'field',
  key,
  value,
  source: { dataset: '问题清单', sheet: null, column: key, aggregate: 'value', rows: [row], filter: '' },
});
const paragraph = (...content: Inline[]): Block => ({ type: 'paragraph', content });

/** A draft typed by hand: a field marked in the first paragraph, a list of problems from a ledger, a table of the same ledger. */
function handDraft(): GongwenDocument {
  return {
    ...createBlankDocument('通知', today),
    title: '关于限期整改有关问题的通知',
    addressees: ['县财政局'],
    body: [
      { ...paragraph(...text('经检查，'), field('被检查单位', '县财政局'), ...text('存在以下问题：')), guidance: [{ section: '检查发现的问题', text: '写明检查的时间和方式。' }] },
      paragraph(rowCell('问题描述', '专项资金拨付滞后', 2), ...text('。')),
      paragraph(rowCell('问题描述', '公务接待超标准', 3), ...text('。')),
      {
        type: 'table',
        headerRows: 1,
        columnWidths: [0.6, 3],
        rows: [
          { cells: [{ content: text('序号') }, { content: text('问题') }] },
          { cells: [{ content: text('1') }, { content: [rowCell('问题描述', '专项资金拨付滞后', 2)] }] },
        ],
      },
      { ...paragraph(...text('请于'), field('整改期限'), ...text('前书面报告整改情况。')), guidance: [{ section: '整改要求', text: '写明期限。' }] },
    ],
  };
}

describe('templateFromDraft', () => {
  it('turns marked text into fields, ledger rows into a repeat and a ledger table, and keeps guidance', () => {
    const { template, problems } = templateFromDraft({ document: handDraft(), meta, source: null, today });
    expect(problems).toEqual([]);
    expect(template!.fields.map((f) => [f.key, f.binding])).toEqual([
      ['被检查单位', null],
      ['整改期限', null],
    ]);
    expect(template!.sections).toEqual([
      {
        id: 'section-1',
        label: '检查发现的问题',
        required: true,
        repeatable: false,
        guidance: '写明检查的时间和方式。',
        alternatives: [],
        content: [
          { type: 'paragraph', text: '经检查，{{被检查单位}}存在以下问题：' },
          { type: 'repeat', dataset: '问题清单', filters: [], each: [{ type: 'paragraph', text: '{{问题描述}}。' }] },
          { type: 'table', dataset: '问题清单', filters: [], numbered: true, columns: [{ header: '问题', column: '问题描述', width: 3 }] },
        ],
      },
      { id: 'section-2', label: '整改要求', required: true, repeatable: false, guidance: '写明期限。', alternatives: [], content: [{ type: 'paragraph', text: '请于{{整改期限}}前书面报告整改情况。' }] },
    ]);
    expect(template!.title).toBe('关于限期整改有关问题的通知');
    expect(template!.signature).toMatchObject({ date: null });
  });

  it('round-trips: the template made from a draft, merged again and saved again, is the same template', () => {
    const first = templateFromDraft({ document: handDraft(), meta, source: null, today }).template!;
    const withSample: Template = {
      ...first,
      sample: { values: [['被检查单位', '县财政局']], datasets: [{ name: '问题清单', columns: ['问题描述'], rows: [['资金拨付滞后'], ['接待超标准']] }] },
    };
    const draft = mergeTemplate(withSample, sampleMergeInput(withSample, today)).document;
    const fromSource = templateFromDraft({ document: draft, meta, source: withSample, today });
    expect(fromSource.template).toEqual(withSample);
    // Read back without the source, the sections and fields are still the same: the wiring lives in the draft.
    const alone = templateFromDraft({ document: draft, meta, source: null, today }).template!;
    expect(alone.sections).toEqual(withSample.sections);
    expect(alone.fields).toEqual(withSample.fields);
  });

  it('gives every built-in template back unchanged from a draft made of it', async () => {
    const { templates, laws } = await loadBuiltinPack();
    expect(templates.length).toBeGreaterThan(10);
    for (const source of templates) {
      const draft = mergeTemplate(source, sampleMergeInput(source, today, laws ?? undefined)).document;
      const { template, problems } = templateFromDraft({ document: draft, meta: source, source, laws: laws ?? undefined, today });
      expect(problems, source.id).toEqual([]);
      expect(template, source.id).toEqual(source);
    }
  });

  it('reads every built-in template back from a draft edited in each section: valid, no lint errors, the edits kept', async () => {
    const { templates, laws } = await loadBuiltinPack();
    for (const source of templates) {
      const draft = mergeTemplate(source, sampleMergeInput(source, today, laws ?? undefined)).document;
      const body = draft.body.map((block) => (block.guidance && (block.type === 'paragraph' || block.type === 'heading') ? { ...block, content: [...block.content, ...text('（改）')] } : block));
      const { template, problems } = templateFromDraft({ document: { ...draft, body }, meta: source, source, laws: laws ?? undefined, today });
      expect(problems, source.id).toEqual([]);
      expect(lintTemplate(template!).filter((f) => f.severity === 'error'), source.id).toEqual([]);
      const edited = body.filter((block) => block.guidance && block.type !== 'table').length;
      expect(JSON.stringify(template!.sections).split('（改）').length - 1, source.id).toBe(edited);
      const again = mergeTemplate(template!, sampleMergeInput(template!, today, laws ?? undefined)).document;
      // Printed again, every edited block reads as in the draft; an edit to a repeat's first pass is now in every pass.
      const printed = again.body.map((block) => blockText(block));
      expect(printed, source.id).toHaveLength(body.length);
      for (const block of body.filter((b) => b.guidance)) expect(printed, source.id).toContain(blockText(block));
    }
  });

  it('changes only the section the writer edited, keeping fields and the repeat’s filters', async () => {
    const source = (await loadBuiltinPack()).templates.find((t) => t.id === 'wenti-zhenggai-tongzhishu')!;
    const draft = mergeTemplate(source, sampleMergeInput(source, today)).document;
    const facts = source.sections[0]!;
    const edited: GongwenDocument = { ...draft, body: draft.body.map((block, i) => (i === 0 && block.type === 'paragraph' ? { ...block, content: [...block.content, ...text('（补充）')] } : block)) };
    const { template } = templateFromDraft({ document: edited, meta: source, source, today });
    expect(template!.sections.slice(1)).toEqual(source.sections.slice(1));
    const content = template!.sections[0]!.content;
    expect(content).not.toEqual(facts.content);
    const repeat = content.find((node) => node.type === 'repeat');
    expect(repeat).toEqual(facts.content.find((node) => node.type === 'repeat'));
    expect(template!.fields).toEqual(source.fields);
  });

  it('applies the writer’s section settings: optional with a condition, repeatable, new guidance', () => {
    const document = handDraft();
    const settings = draftSectionSettings(document, null, today);
    expect(settings.map((s) => s.label)).toEqual(['检查发现的问题', '整改要求']);
    const { template } = templateFromDraft({
      document,
      meta,
      source: null,
      today,
      sections: [{ label: '整改要求', required: true, repeatable: true, guidance: '限期一般为30日。', condition: { field: '整改期限', test: 'filled' } }],
    });
    const section = template!.sections[1]!;
    expect(section).toMatchObject({ required: false, repeatable: true, guidance: '限期一般为30日。' });
    expect(section.content).toEqual([{ type: 'if', field: '整改期限', test: 'filled', then: [{ type: 'paragraph', text: '请于{{整改期限}}前书面报告整改情况。' }], else: [] }]);
    // Saved again with the condition, the section stays wrapped once.
    const again = templateFromDraft({ document: mergeTemplate(template!, sampleMergeInput(template!, today)).document, meta, source: template, today }).template!;
    expect(again.sections[1]).toEqual(section);
  });

  it('cuts a draft without guidance at its level-1 headings and notes what a template cannot hold', () => {
    const document: GongwenDocument = {
      ...createBlankDocument('讲话稿', today),
      body: [
        paragraph(...text('同志们：')),
        { type: 'heading', level: 1, content: text('提高认识'), runIn: null },
        { type: 'pageBreak' },
        { type: 'heading', level: 1, content: text('压实责任。'), runIn: null },
        paragraph(field('×')),
      ],
    };
    const { template, notes } = templateFromDraft({ document, meta: { ...meta, family: '讲话稿' }, source: null, today });
    expect(template!.sections.map((s) => s.label)).toEqual(['开头', '提高认识', '压实责任']);
    expect(notes).toEqual(['段落“提高认识”中的分页符不能写进模板，已略去', '字段名“×”不能用作模板字段名（只能包含文字、数字和 _·（）()-/），请改名后再保存']);
    expect(template!.signature).toBeNull();
  });

  it('binds a section typed by hand to a ledger: printed once per row under its heading, its marked column a row value, linting clean', () => {
    const document: GongwenDocument = {
      ...createBlankDocument('报告', today),
      title: '关于巡察工作情况的报告',
      body: [
        paragraph(...text('现将巡察工作情况报告如下。')),
        { type: 'heading', level: 1, content: text('巡察发现的问题'), runIn: null },
        paragraph(field('被巡察单位', '县财政局'), ...text('发现问题{{发现问题数}}个，移交线索{{移交线索数}}条。')),
        { type: 'heading', level: 1, content: text('下一步工作'), runIn: null },
        paragraph(...text('请'), field('被巡察单位', '各单位'), ...text('抓好整改。')),
      ],
    };
    const over = { dataset: '巡察台账', columns: inspectionLedger.columns };
    const sections = draftSectionSettings(document, null, today).map((setting) => (setting.label === '巡察发现的问题' ? { ...setting, repeatOver: over } : setting));
    const { template, problems } = templateFromDraft({ document, meta: { ...meta, family: '工作报告' }, source: null, today, sections });
    expect(problems).toEqual([]);
    expect(template!.sections[1]!.content).toEqual([
      { type: 'heading', level: 1, text: '巡察发现的问题', runIn: null },
      { type: 'repeat', dataset: '巡察台账', filters: [], each: [{ type: 'paragraph', text: '{{被巡察单位}}发现问题{{发现问题数}}个，移交线索{{移交线索数}}条。' }] },
    ]);
    // 被巡察单位 is also a field of another section, so it stays declared; the sample names the columns, never real rows.
    expect(template!.fields.map((f) => f.key)).toEqual(['被巡察单位']);
    expect(template!.sample.datasets).toEqual([{ name: '巡察台账', columns: ['轮次', '被巡察单位', '发现问题数', '移交线索数'], rows: [['【轮次】', '【被巡察单位】', '【发现问题数】', '【移交线索数】']] }]);
    expect(lintTemplate(template!).filter((f) => f.severity === 'error')).toEqual([]);
    expect(lintTemplate(template!).map((f) => f.message).filter((m) => m.includes('巡察台账'))).toEqual([]);

    const printed = mergeTemplate(template!, { values: new Map([['被巡察单位', '各单位']]), datasets: new Map([['巡察台账', inspectionLedger]]), today }).document;
    expect(printed.body.map((block) => blockText(block))).toEqual([
      '现将巡察工作情况报告如下。',
      '巡察发现的问题',
      '县财政局发现问题12个，移交线索2条。',
      '县教育局发现问题9个，移交线索1条。',
      '县水利局发现问题15个，移交线索3条。',
      '县卫健委发现问题7个，移交线索0条。',
      '下一步工作',
      '请各单位抓好整改。',
    ]);
    // Edited later from that printed draft, the section is shown as already printed per row of the ledger, and stays so.
    const again = draftSectionSettings(printed, template!, today);
    expect(again.map((setting) => [setting.label, setting.keptRepeat])).toEqual([
      ['开头', null],
      ['巡察发现的问题', '巡察台账'],
      ['下一步工作', null],
    ]);
    const resaved = templateFromDraft({ document: printed, meta: { ...meta, family: '工作报告' }, source: template!, today, sections: again });
    expect(resaved.template!.sections[1]!.content).toEqual(template!.sections[1]!.content);
  });

  it('declares no field for a column marked only inside the bound section', () => {
    const document: GongwenDocument = {
      ...createBlankDocument('报告', today),
      body: [{ type: 'heading', level: 1, content: text('巡察发现的问题'), runIn: null }, paragraph(field('被巡察单位', '县财政局'), ...text('发现问题{{发现问题数}}个。'))],
    };
    const sections = draftSectionSettings(document, null, today).map((setting) => ({ ...setting, repeatOver: { dataset: '巡察台账', columns: inspectionLedger.columns } }));
    const { template } = templateFromDraft({ document, meta: { ...meta, family: '工作报告' }, source: null, today, sections });
    expect(template!.fields).toEqual([]);
    expect(lintTemplate(template!).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
