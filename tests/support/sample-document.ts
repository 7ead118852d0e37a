import { createBlankDocument, type GongwenDocument } from '../../core/model/document.ts';
import { text } from '../../core/model/inline.ts';

/** A plain 通知 with the fields of the first slice: title, 主送, three paragraphs, 署名 and date. */
export function sampleNotice(overrides: Partial<GongwenDocument> = {}): GongwenDocument {
  return {
    ...createBlankDocument('通知', '2024-12-05'),
    title: '关于做好2024年度党风廉政建设工作总结的通知',
    addressees: ['各乡镇纪委', '县直各单位'],
    body: [
      { type: 'paragraph', content: text('为全面总结一年来党风廉政建设工作，根据县纪委监委工作安排，现就有关事项通知如下。') },
      { type: 'paragraph', content: text('各单位要对照年初确定的目标任务，逐项梳理完成情况，实事求是总结成绩和经验。') },
      { type: 'paragraph', content: text('请于2024年12月20日前将总结报送县纪委监委办公室，电子版发送至指定邮箱。') },
    ],
    signature: { organs: ['中共示范县纪律检查委员会办公室'], date: '2024-12-05', dateStyle: 'arabic', seal: 'unsealed', signerTitle: null },
    ...overrides,
  };
}

/** A red-headed 通知 with every element of the 文件式: 版头, headings, enumeration, table, attachment, 版记. */
export function sampleRedHeadNotice(overrides: Partial<GongwenDocument> = {}): GongwenDocument {
  const base = sampleNotice();
  return {
    ...base,
    header: { ...base.header, copyNumber: '000012', secrecy: { level: '秘密', term: '1年' }, urgency: '加急', organs: ['中共示范县纪律检查委员会'], markSuffix: '文件', documentNumber: '某纪发〔2024〕12号' },
    title: '关于开展2024年度全县纪检监察干部队伍教育整顿“回头看”工作的通知',
    body: [
      { type: 'paragraph', content: text('为巩固深化纪检监察干部队伍教育整顿成果，经县纪委常委会研究，决定在全县开展教育整顿“回头看”工作。现将有关事项通知如下。') },
      { type: 'heading', level: 1, content: text('总体要求'), runIn: null },
      { type: 'paragraph', content: text('坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届历次全会精神，坚持问题导向、标本兼治。') },
      { type: 'heading', level: 1, content: text('主要任务'), runIn: null },
      { type: 'heading', level: 2, content: text('强化政治监督。'), runIn: text('聚焦“国之大者”，围绕县委重大决策部署落实情况开展监督检查。') },
      { type: 'enumeration', style: 'yishi', runOn: true, lead: text('重点做好以下工作：'), items: [text('提高政治站位；'), text('全面排查问题线索，举一反三；'), text('健全完善制度机制。')] },
      { type: 'heading', level: 2, content: text('深化整改落实。'), runIn: text('对照2023年度巡察反馈的12个问题，逐项建立台账，明确责任单位和整改时限。') },
      { type: 'heading', level: 3, content: text('建立问题清单。'), runIn: null },
      { type: 'table', headerRows: 1, columnWidths: [1, 4, 2, 2], rows: [
        { cells: [{ content: text('序号') }, { content: text('问题') }, { content: text('责任单位') }, { content: text('时限') }] },
        { cells: [{ content: text('1') }, { content: text('项目资金监管不到位') }, { content: text('县财政局') }, { content: text('2024年6月') }] },
        { cells: [{ content: text('2') }, { content: text('村级财务公开不及时') }, { content: text('示范镇') }, { content: text('2024年5月') }] },
      ] },
      { type: 'heading', level: 1, content: text('工作要求'), runIn: null },
      { type: 'paragraph', content: text('各单位要高度重视，主要负责同志亲自抓，确保各项任务落到实处。工作中遇到的问题请及时与县纪委监委办公室联系，联系电话：0000-1234567。') },
    ],
    attachments: [{ title: '教育整顿“回头看”问题清单', blocks: [{ type: 'paragraph', content: text('（问题清单见下表，各单位据实填报。）') }] }, { title: '整改落实情况反馈表', blocks: [{ type: 'paragraph', content: text('（反馈表由被检查单位填写，加盖单位公章后报送。）') }] }],
    signature: { organs: ['中共示范县纪律检查委员会'], date: '2024-03-05', dateStyle: 'arabic', seal: 'sealed', signerTitle: null },
    note: '联系人：张某某，联系电话：0000-1234567',
    record: { cc: ['市纪委监委办公室', '县委办公室'], printer: '中共示范县纪律检查委员会办公室', printDate: '2024-03-05' },
    ...overrides,
  };
}
