/** The realistic drafts in tests/fixtures/import come out with the structure a secretary expects. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GongwenDocumentSchema } from '../model/document.ts';
import type { Block } from '../model/blocks.ts';
import { inlineText } from '../model/inline.ts';
import { importPlainText, printsDraftBack } from './import-text.ts';
import { splitLines } from './source-text.ts';

const fixture = (name: string) => readFileSync(new URL(`../../tests/fixtures/import/${name}`, import.meta.url), 'utf8');

function imported(name: string) {
  const text = fixture(name);
  const result = importPlainText(text);
  expect(GongwenDocumentSchema.safeParse(result.document).success).toBe(true);
  expect(printsDraftBack(splitLines(text), result)).toBe(true);
  return result;
}

const headings = (blocks: Block[], level: number) => blocks.flatMap((b) => (b.type === 'heading' && b.level === level ? [inlineText(b.content)] : []));

describe('speech (讲话稿) at a 警示教育大会', () => {
  const { document, notices } = imported('speech-warning-education.txt');

  it('is a 白头 speech with subtitle, date and speaker', () => {
    expect(notices).toEqual([]);
    expect(document).toMatchObject({ genre: '讲话稿', form: 'plain', title: '以案为鉴 警钟长鸣', addressees: [] });
    expect(document.byline).toEqual({ subtitle: '在全县警示教育大会上的讲话', date: '2024-03-05', speaker: '县委常委、县纪委书记、县监委主任　李××' });
    expect(document.signature.date).toBeNull();
  });

  it('keeps 同志们： as the salutation and the closing call as body text', () => {
    expect(document.body[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: '同志们：' }] });
    expect(inlineText((document.body.at(-1) as Extract<Block, { type: 'paragraph' }>).content)).toMatch(/^同志们，全面从严治党永远在路上/);
  });

  it('has three parts, run-in 二级 headings and 1. items', () => {
    expect(headings(document.body, 1)).toEqual(['以案为鉴，深刻认识全面从严治党的严峻复杂形势', '突出重点，坚决纠治群众身边的不正之风和腐败问题', '压实责任，推动以案促改以案促治落地见效']);
    const level2 = document.body.filter((b) => b.type === 'heading' && b.level === 2);
    expect(level2).toHaveLength(9);
    expect(level2.every((b) => b.type === 'heading' && b.runIn !== null)).toBe(true);
    expect(headings(document.body, 2)[0]).toBe('要看清案件背后的政治问题。');
    expect(headings(document.body, 3)).toEqual(['开展专题剖析。', '健全制度机制。', '加强跟踪问效。']);
  });

  it('reads the 一是/二是 items given one per paragraph as one enumeration', () => {
    const enumerations = document.body.filter((b) => b.type === 'enumeration');
    expect(enumerations).toHaveLength(1);
    expect(enumerations[0]).toMatchObject({ style: 'yishi', runOn: false });
    expect(enumerations[0]!.type === 'enumeration' && enumerations[0]!.items.map(inlineText)).toEqual([
      '落实村务监督委员会履职保障，健全村务公开、财务公开、党务公开制度，让群众看得到、看得懂、能监督。',
      '对村干部任期和离任经济责任审计做到应审尽审，对审计发现的问题建立台账、限期整改。',
      '建立健全村干部廉政档案，对群众反映集中、问题线索较多的村干部及时开展谈话提醒。',
    ]);
  });
});

describe('工作总结 with 附件说明, 署名 and 日期', () => {
  const { document, notices } = imported('work-summary.txt');

  it('has its two-line title, sections and closing elements', () => {
    expect(notices).toEqual([]);
    expect(document).toMatchObject({ genre: '工作总结', form: 'plain', title: '××县纪委监委2024年工作总结\n和2025年工作打算' });
    expect(headings(document.body, 1)).toEqual(['主要工作及成效', '存在的问题和不足', '2025年工作打算']);
    expect(headings(document.body, 2)).toHaveLength(8);
    expect(headings(document.body, 3)).toHaveLength(3);
    expect(document.attachments).toEqual([
      { title: '××县纪委监委2024年主要工作数据统计表', blocks: [] },
      { title: '××县2024年纪检监察建议书落实情况一览表', blocks: [] },
    ]);
    expect(document.signature).toMatchObject({ organs: ['中共××县纪律检查委员会', '××县监察委员会'], date: '2024-12-28', dateStyle: 'arabic' });
  });
});

describe('通知 with 主送, 附注 and 版记', () => {
  const { document, notices } = imported('notice-self-inspection.txt');

  it('has 主送, headings, an enumeration and every closing element', () => {
    expect(notices).toEqual([]);
    expect(document).toMatchObject({ genre: '通知', form: 'file', title: '关于开展2024年度落实中央八项规定精神\n自查自纠工作的通知', addressees: ['各乡镇党委，县直各单位'] });
    expect(headings(document.body, 1)).toEqual(['自查范围', '自查内容', '方法步骤', '有关要求']);
    expect(headings(document.body, 2)).toHaveLength(7);
    expect(document.body.find((b) => b.type === 'enumeration')).toMatchObject({ style: 'yishi', runOn: true });
    expect(document.attachments).toEqual([{ title: '落实中央八项规定精神自查情况表', blocks: [] }]);
    expect(document.signature).toMatchObject({ organs: ['中共××县纪律检查委员会'], date: '2024-03-20' });
    expect(document.note).toBe('（联系人：王××，联系电话：0000-1234567）');
    expect(document.record).toEqual({ cc: ['市纪委监委党风政风监督室', '县委办公室', '县政府办公室'], printer: '中共××县纪委办公室', printDate: '2024-03-20' });
  });
});

describe('全会工作报告 pasted from a web page (blank lines everywhere, 1． ordinals, 〇-style date)', () => {
  const { document, notices } = imported('plenary-work-report.txt');

  it('is a 白头 work report with its two-line title and byline', () => {
    expect(document).toMatchObject({ genre: '工作报告', form: 'plain', title: '坚定不移推进全面从严治党\n为全县高质量发展提供坚强保障' });
    expect(document.byline).toEqual({ subtitle: '在中国共产党××县第十五届纪律检查委员会第四次全体会议上的工作报告', date: '2025-01-22', speaker: '张××' });
    expect(document.signature.dateStyle).toBe('chinese');
  });

  it('has its parts and sections, and says that 1． prints as 1.', () => {
    expect(headings(document.body, 1)).toEqual(['2024年工作回顾', '2025年主要任务']);
    expect(headings(document.body, 2)).toHaveLength(8);
    expect(headings(document.body, 3)).toEqual(['紧盯节点纠治“四风”。', '整治形式主义官僚主义。', '推动移风易俗。']);
    expect(notices).toEqual([22, 24, 26].map((line, i) => ({ kind: 'ordinalRewritten', line, offset: 0, typed: `${i + 1}．`, printed: `${i + 1}.` })));
    expect(document.body.find((b) => b.type === 'enumeration')).toMatchObject({ style: 'yishi', runOn: true });
  });
});
