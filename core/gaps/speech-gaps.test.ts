/**
 * The way a speech is really written: last year's text pasted with a dozen gaps, filled from this
 * year's ledgers by the suggestions and by hand, exported, and every number traced to its rows.
 */
import { describe, expect, it } from 'vitest';
import { checkDocx } from '../check/check-docx.ts';
import { writeDocx } from '../docx/write-docx.ts';
import { readDocx } from '../docx-read/read-docx.ts';
import { importPlainText } from '../import/import-text.ts';
import { documentFields } from '../model/fields.ts';
import { inlineText, type Inline } from '../model/inline.ts';
import { mapFields } from '../template/refresh-walk.ts';
import { caseLedger, inspectionLedger, ledgerTable } from '../../tests/support/gap-ledgers.ts';
import { countingWordAfter } from './counting-words.ts';
import { suggestValues } from './suggest-values.ts';

const speech = [
  '在全县纪检监察工作会议上的讲话',
  '',
  '同志们：',
  '一、过去一年工作回顾',
  '全年统筹开展×轮常规巡察，共巡察××个单位，发现问题×个，移交问题线索×件。',
  '全县纪检监察机关共受理信访举报×件，立案×件，给予党纪政务处分×人，挽回经济损失×万元。',
  '运用监督执纪“第一种形态”处理××人次，对标对表×类×项重点清单任务，全部按期完成。',
  '二、今年工作安排',
  '请【承办单位】于XX月XX日前报送年度工作要点，联系人：＿＿＿。',
].join('\n');

const ledgers = [
  inspectionLedger,
  caseLedger,
  ledgerTable(
    '信访台账',
    ['受理编号', '信访举报'],
    [
      ['X001', '来信'],
      ['X002', '来访'],
      ['X003', '网络举报'],
      ['X004', '来信'],
      ['X005', '电话'],
    ],
  ),
];

/** What the writer types where the ledgers have no answer. */
const typed: Record<string, string> = { '形态”处理': '236', '对标对表×类': '4', '类×项': '27', 承办单位: '县直各单位', '于XX月XX日': '3月5日', '联系人：': '王某' };

describe('a pasted speech with a dozen gaps', () => {
  it('goes from import through suggestions to an export in which every number is traced and no gap is left', async () => {
    const { document: imported } = importPlainText(speech);
    const gaps = documentFields(imported).filter(({ field }) => field.gap);
    expect(gaps).toHaveLength(14);

    // The writer takes the first suggestion for each number gap the ledgers answer, and types the rest.
    const document = mapFields(imported, (field, path) => {
      if (!field.gap) return field;
      const inlines = paragraphInlines(imported, path);
      const i = inlines.indexOf(field);
      const before = inlineText(inlines.slice(0, i));
      const after = inlineText(inlines.slice(i + 1));
      const own = Object.entries(typed).find(([key]) => field.key === key) ?? Object.entries(typed).find(([key]) => field.key.includes(key) || before.endsWith(key));
      if (own) return { ...field, value: own[1] };
      const [best] = field.gap.kind === 'number' ? suggestValues({ before, after, unit: countingWordAfter(after, 0) }, ledgers) : [];
      return best ? { ...field, value: best.printed, source: best.source, gap: { ...field.gap, binding: best.binding } } : field;
    });

    const filled = documentFields(document).filter(({ field }) => field.gap);
    expect(Object.fromEntries(filled.map(({ field }) => [field.key, field.value]))).toMatchObject({
      '统筹开展×轮': '3',
      '共巡察××个': '4',
      '发现问题×个': '43',
      '问题线索×件': '6',
      '信访举报×件': '5',
      '立案×件': '3',
      '政务处分×人': '2',
      '经济损失×万元': '40',
      '处理××人次': '236',
      '对标对表×类': '4',
      '类×项': '27',
      '于XX月XX日': '3月5日',
    });
    expect(filled.filter(({ field }) => field.value === null).map(({ field }) => field.key)).toEqual([]);
    const fromLedgers = filled.filter(({ field }) => field.source !== null);
    expect(fromLedgers).toHaveLength(8);
    for (const { field } of fromLedgers) expect(field.source!.rows.length).toBeGreaterThan(0);

    const bytes = await writeDocx(document);
    const text = readDocx(bytes).paragraphs.map((p) => p.text).join('\n');
    expect(text).toContain('全年统筹开展3轮常规巡察，共巡察4个单位，发现问题43个，移交问题线索6件。');
    expect(text).toContain('挽回经济损失40万元');
    expect(checkDocx(bytes).filter((f) => f.rule === 'gap' || f.rule === 'gap-name')).toEqual([]);
  });
});

function paragraphInlines(document: ReturnType<typeof importPlainText>['document'], path: string): Inline[] {
  const block = document.body[Number(path.split('.')[1])];
  if (!block) return [];
  if (block.type === 'paragraph') return block.content;
  if (block.type === 'heading') return [...block.content, ...(block.runIn ?? [])];
  return [];
}

