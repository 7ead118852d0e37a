import { describe, expect, it } from 'vitest';
import { sampleNotice, sampleRedHeadNotice } from '../../tests/support/sample-document.ts';
import { gbt9704, textBlockWidth } from '../layout/gbt9704.ts';
import { createBlankDocument } from '../model/document.ts';
import { text } from '../model/inline.ts';
import { compose } from './compose.ts';
import type { TypesetItem, TypesetParagraph } from './typeset.ts';

const paragraphs = (flow: TypesetItem[]) => flow.filter((i): i is TypesetParagraph => i.kind === 'paragraph');
const textOf = (p: TypesetParagraph) => p.runs.map((r) => r.text).join('');
const byRole = (flow: TypesetItem[], role: TypesetParagraph['role']) => paragraphs(flow).filter((p) => p.role === role);

describe('compose: 版头', () => {
  it('stacks 份号, 密级 and 紧急程度 in 黑体 and puts the mark 35 mm below the 版心 top', () => {
    const { flow } = compose(sampleRedHeadNotice());
    const top = paragraphs(flow).slice(0, 4);
    expect(top.map((p) => [p.role, textOf(p)])).toEqual([
      ['copyNumber', '000012'],
      ['secrecy', '秘密★1年'],
      ['urgency', '加急'],
      ['markSpacer', ''],
    ]);
    expect(top[1]!.runs[0]!.font).toBe('heiti');
    expect(top[3]!.lineHeight).toBe(gbt9704.mark.offsetFromTextTop - 3 * gbt9704.linePitch);
  });

  it('keeps line 1 empty when there is a 密级 but no 份号', () => {
    const doc = sampleRedHeadNotice();
    const { flow } = compose({ ...doc, header: { ...doc.header, copyNumber: null, urgency: null } });
    expect(paragraphs(flow).slice(0, 2).map((p) => p.role)).toEqual(['blank', 'secrecy']);
  });

  it('writes the mark in red 小标宋 on one line, shrinking the size for long names', () => {
    const { flow } = compose(sampleRedHeadNotice());
    const [mark] = byRole(flow, 'mark');
    expect(textOf(mark!)).toBe('中共示范县纪律检查委员会文件');
    expect(mark!.runs[0]).toMatchObject({ font: 'xiaobiaosong', color: 'red' });
    expect(mark!.runs[0]!.size * 10 * 14).toBeLessThanOrEqual(textBlockWidth);
  });

  it('stacks joint organs with 文件 beside them', () => {
    const doc = sampleRedHeadNotice();
    const { flow } = compose({ ...doc, header: { ...doc.header, organs: ['中共示范县纪律检查委员会', '示范县监察委员会'] } });
    const table = flow.find((i) => i.kind === 'table' && i.role === 'jointMark');
    expect(table).toBeDefined();
  });

  it('centres the 文号 with the red rule under it, or puts it left of the 签发人 on 上行文', () => {
    const plain = byRole(compose(sampleRedHeadNotice()).flow, 'documentNumber');
    expect(plain).toHaveLength(1);
    expect(plain[0]).toMatchObject({ align: 'center', borderBottom: { color: 'red' } });
    const doc = sampleRedHeadNotice();
    const upward = byRole(compose({ ...doc, header: { ...doc.header, signers: ['张某某', '李某某', '王某某'] } }).flow, 'documentNumber');
    expect(upward.map(textOf)).toEqual(['\t\t签发人：张某某　李某某', '\t某纪发〔2024〕12号\t王某某']);
    expect(upward[1]!.indent.left).toBe(0);
    expect(upward[1]!.runs.at(-1)!.font).toBe('kaiti');
    expect(upward[1]!.borderBottom).not.toBeNull();
    expect(upward[0]!.borderBottom).toBeNull();
  });

  it('prints no 版头 for a 文件式 draft with neither 发文机关 nor 文号', () => {
    const flow = compose(sampleNotice()).flow;
    expect(byRole(flow, 'documentNumber')).toHaveLength(0);
    expect(paragraphs(flow)[0]!.role).toBe('title');
  });

  it('has no 版头 and no 版记 for 白头 materials', () => {
    const doc = { ...createBlankDocument('讲话稿', '2024-03-05'), title: '在全县警示教育大会上的讲话', byline: { subtitle: null, speaker: '张某某', date: '2024-03-05' } };
    const result = compose(doc);
    expect(paragraphs(result.flow).map((p) => [p.role, textOf(p)])).toEqual([
      ['title', '在全县警示教育大会上的讲话'],
      ['byline', '（2024年3月5日）'],
      ['byline', '张某某'],
      ['blank', ''],
    ]);
    expect(result.recordStart).toBeNull();
  });
});

describe('compose: 主体', () => {
  it('computes heading ordinals and fonts per level; run-in headings continue in 仿宋', () => {
    const flow = compose(sampleRedHeadNotice()).flow;
    expect(byRole(flow, 'heading1').map(textOf)).toEqual(['一、总体要求', '二、主要任务', '三、工作要求']);
    const [first] = byRole(flow, 'heading2');
    expect(textOf(first!)).toBe('（一）强化政治监督。聚焦“国之大者”，围绕县委重大决策部署落实情况开展监督检查。');
    expect(first!.runs.map((r) => r.font)).toEqual(['kaiti', 'kaiti', 'fangsong']);
    expect(byRole(flow, 'heading1')[0]!.runs[0]!.font).toBe('heiti');
    expect(byRole(flow, 'heading1')[0]!.keepNext).toBe(true);
    expect(first!.keepNext).toBe(false);
  });

  it('numbers 一是/二是 in one run-on paragraph', () => {
    expect(byRole(compose(sampleRedHeadNotice()).flow, 'enumeration').map(textOf)).toEqual(['重点做好以下工作：一是提高政治站位；二是全面排查问题线索，举一反三；三是健全完善制度机制。']);
  });

  it('scales table columns to the 版心 and marks header rows', () => {
    const table = compose(sampleRedHeadNotice()).flow.find((i) => i.kind === 'table' && i.role === 'bodyTable');
    expect(table?.kind === 'table' && table.columnWidths.reduce((a, b) => a + b, 0)).toBe(textBlockWidth);
    expect(table?.kind === 'table' && table.rows[0]!.header).toBe(true);
  });

  it('aligns wrapped 附件说明 lines with the first character of the name', () => {
    const notes = byRole(compose(sampleRedHeadNotice()).flow, 'attachmentNote');
    expect(notes.map(textOf)).toEqual(['附件：1.教育整顿“回头看”问题清单', '2.整改落实情况反馈表']);
    const [first, second] = notes;
    expect(first!.indent.left).toBe(second!.indent.left);
    expect(first!.indent.left + first!.indent.firstLine).toBe(gbt9704.indent.firstLineTwips);
  });

  it('starts printed attachments on a new page with 附件N in 黑体 and leaves detached ones out', () => {
    const doc = sampleRedHeadNotice();
    const flow = compose({ ...doc, attachments: [doc.attachments[0]!, { title: '整改落实情况反馈表', blocks: [] }] }).flow;
    const labels = byRole(flow, 'attachmentLabel');
    expect(labels.map(textOf)).toEqual(['附件1']);
    expect(labels[0]).toMatchObject({ pageBreakBefore: true, runs: [{ font: 'heiti' }] });
  });

  it('wraps the 附注 in parentheses once', () => {
    expect(byRole(compose(sampleRedHeadNotice()).flow, 'note').map(textOf)).toEqual(['（联系人：张某某，联系电话：0000-1234567）']);
    expect(byRole(compose(sampleRedHeadNotice({ note: '（此件公开发布）' })).flow, 'note').map(textOf)).toEqual(['（此件公开发布）']);
  });

  it('prints the date in the chosen style', () => {
    const doc = sampleNotice();
    const flow = compose({ ...doc, signature: { ...doc.signature, dateStyle: 'chinese', date: '2024-10-31' } }).flow;
    expect(byRole(flow, 'date').map(textOf)).toEqual(['二〇二四年十月三十一日']);
  });

  it('lists 出席/请假/列席 for 纪要 with the label in 黑体', () => {
    const doc = { ...createBlankDocument('纪要', '2024-03-05'), minutes: { present: ['张某某', '李某某'], absent: ['王某某'], attending: [] } };
    const lists = byRole(compose(doc).flow, 'minutesList');
    expect(lists.map(textOf)).toEqual(['出席：张某某、李某某', '请假：王某某']);
    expect(lists[0]!.runs[0]!.font).toBe('heiti');
  });
});

describe('compose: 版记', () => {
  it('ends the flow with the 版记 table: 抄送 and 印发 in 4号, thick outer and thin inner rules', () => {
    const result = compose(sampleRedHeadNotice());
    const record = result.flow[result.recordStart!];
    expect(record?.kind).toBe('table');
    if (record?.kind !== 'table') return;
    expect(record.borders.top?.size).toBe(gbt9704.recordRule.thick);
    expect(record.borders.insideH?.size).toBe(gbt9704.recordRule.thin);
    const texts = record.rows.map((row) => row.cells[0]!.paragraphs.map(textOf));
    expect(texts).toEqual([['抄送：市纪委监委办公室，县委办公室。'], ['中共示范县纪律检查委员会办公室\t2024年3月5日印发']]);
  });

  it('moves 主送 into the 版记 when asked, above 抄送', () => {
    const result = compose(sampleRedHeadNotice(), { addresseeInRecord: true });
    expect(byRole(result.flow, 'addressee')).toHaveLength(0);
    const record = result.flow[result.recordStart!];
    expect(record?.kind === 'table' && record.rows[0]!.cells[0]!.paragraphs.map(textOf)).toEqual(['主送：各乡镇纪委、县直各单位', '抄送：市纪委监委办公室，县委办公室。']);
  });

  it('uses the title lines it is given', () => {
    const flow = compose(sampleNotice({ title: '关于做好工作的通知' }), { titleLines: ['关于做好', '工作的通知'] }).flow;
    expect(byRole(flow, 'title').map(textOf)).toEqual(['关于做好', '工作的通知']);
  });

  it('keeps body text as typed', () => {
    const flow = compose(sampleNotice({ body: [{ type: 'paragraph', content: text('正文') }] })).flow;
    expect(byRole(flow, 'body').map(textOf)).toEqual(['正文']);
  });
});

describe('compose: 信函式', () => {
  it('moves the mark into a first-page letterhead between red double lines, without page number on page 1', () => {
    const doc = sampleRedHeadNotice();
    const result = compose({ ...doc, form: 'letter', header: { ...doc.header, markSuffix: '' } });
    expect(result.letterhead?.header.map(textOf)).toEqual(['中共示范县纪律检查委员会']);
    expect(result.letterhead?.header[0]!.borderBottom).toMatchObject({ style: 'thickThin', color: 'red' });
    expect(result.letterhead?.footer[0]!.borderTop).toMatchObject({ style: 'thinThick', color: 'red' });
    expect(result.letterhead?.headerDistance).toBe(gbt9704.letter.headerDistance);
    expect(result.pageNumbers.firstPage).toBe(false);
    expect(byRole(result.flow, 'mark')).toHaveLength(0);
    expect(textOf(paragraphs(result.flow)[1]!)).toBe('000012\t某纪发〔2024〕12号');
  });

  it('keeps only 抄送 in a 信函 版记, without rules or 印发', () => {
    const doc = sampleRedHeadNotice();
    const result = compose({ ...doc, form: 'letter' });
    const record = result.flow[result.recordStart!];
    expect(record?.kind === 'table' && record.borders.top).toBeNull();
    expect(record?.kind === 'table' && record.rows.map((r) => r.cells[0]!.paragraphs.map(textOf))).toEqual([['抄送：市纪委监委办公室，县委办公室。']]);
  });
});

describe('compose: fields', () => {
  it('prints a filled field as its value and an unfilled one as 【名称】', () => {
    const source = { dataset: '案件台账', sheet: 'Sheet1', column: null, aggregate: 'count' as const, rows: [2, 5], filter: '处置方式 = 立案' };
    const content = [...text('全年立案'), { type: 'field' as const, key: '立案件数', value: '118', source }, ...text('件，处分'), { type: 'field' as const, key: '处分人数', value: null, source: null }, ...text('人。')];
    const flow = compose(sampleNotice({ body: [{ type: 'paragraph', content }] })).flow;
    expect(byRole(flow, 'body').map(textOf)).toEqual(['全年立案118件，处分【处分人数】人。']);
  });
});

describe('compose: mark size', () => {
  it('counts × as a full character so a placeholder organ name still fits on one line', () => {
    const doc = sampleRedHeadNotice();
    const [withCrosses] = byRole(compose({ ...doc, header: { ...doc.header, organs: ['中共××县纪律检查委员会'] } }).flow, 'mark');
    const [withNames] = byRole(compose({ ...doc, header: { ...doc.header, organs: ['中共示范县纪律检查委员会'] } }).flow, 'mark');
    expect(withCrosses!.runs[0]!.size).toBe(withNames!.runs[0]!.size);
  });
});
