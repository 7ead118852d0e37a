/** 文件式 (红头) documents: one organ, joint organs, 上行文 with 签发人, the ★ separator, a one-pager. */
import { createBlankDocument, type GongwenDocument } from '../../../core/model/document.ts';
import { text } from '../../../core/model/inline.ts';
import { heading, paragraph, type CorpusEntry } from './corpus-entry.ts';
import { fillerParagraphs, mixedParagraphs } from './filler.ts';

const county = '中共示范县纪律检查委员会';

function redHead(overrides: Partial<GongwenDocument>): GongwenDocument {
  const blank = createBlankDocument('通知', '2024-03-05');
  return {
    ...blank,
    header: { ...blank.header, organs: [county], markSuffix: '文件', documentNumber: '某纪发〔2024〕12号' },
    addressees: ['各乡镇纪委', '县纪委监委各派驻纪检监察组', '县直各单位'],
    signature: { organs: [county], date: '2024-03-05', dateStyle: 'arabic', seal: 'sealed', signerTitle: null },
    record: { cc: ['市纪委监委办公室', '县委办公室', '县人大常委会办公室', '县政府办公室'], printer: '中共示范县纪律检查委员会办公室', printDate: '2024-03-06' },
    ...overrides,
  };
}

const fullBody = [
  paragraph(fillerParagraphs(1, 11)[0] ?? ''),
  heading(1, '总体要求'),
  ...fillerParagraphs(3, 12).map(paragraph),
  heading(1, '主要任务'),
  heading(2, '强化政治监督。', fillerParagraphs(1, 13)[0] ?? ''),
  { type: 'enumeration' as const, style: 'yishi' as const, runOn: true, lead: text('重点做好以下工作：'), items: fillerParagraphs(3, 14, 30, 60).map((item) => text(item.replace(/。$/, '；'))) },
  heading(2, '深化整改落实。'),
  ...fillerParagraphs(2, 15).map(paragraph),
  heading(3, '建立问题清单。', fillerParagraphs(1, 16, 60, 120)[0] ?? ''),
  heading(4, '逐项销号管理。', fillerParagraphs(1, 17, 60, 120)[0] ?? ''),
  { type: 'enumeration' as const, style: 'diyi' as const, runOn: false, lead: [], items: fillerParagraphs(3, 18, 40, 90).map(text) },
  {
    type: 'table' as const,
    headerRows: 1,
    columnWidths: [1, 4, 2, 2],
    rows: [
      { cells: ['序号', '问题', '责任单位', '完成时限'].map((cell) => ({ content: text(cell) })) },
      ...Array.from({ length: 8 }, (_, i) => ({ cells: [String(i + 1), `问题线索处置不及时（第${i + 1}项）`, '县财政局', `2024年${(i % 12) + 1}月`].map((cell) => ({ content: text(cell) })) })),
    ],
  },
  heading(1, '工作要求'),
  ...mixedParagraphs(2, 19).map(paragraph),
];

export const redHeadEntries: CorpusEntry[] = [
  {
    name: 'file-one-page',
    description: '文件式，单一发文机关，一页正文，加盖印章，版记',
    document: redHead({ title: '关于召开全县纪检监察工作会议的通知', body: fillerParagraphs(1, 1, 60, 80).map(paragraph), record: { cc: ['市纪委监委办公室'], printer: '中共示范县纪律检查委员会办公室', printDate: '2024-03-06' } }),
    fonts: ['fangsong', 'xiaobiaosong', 'songti', 'latin'],
  },
  {
    name: 'file-full',
    description: '文件式全要素：份号、密级、紧急程度、四级标题、一是二是、表格、两个附件、附注、版记',
    document: redHead({
      header: { copyNumber: '000012', secrecy: { level: '秘密', term: '1年' }, urgency: '加急', organs: [county], markSuffix: '文件', documentNumber: '某纪发〔2024〕12号', signers: [], separatorStar: false },
      title: '关于开展2024年度全县纪检监察干部队伍教育整顿“回头看”工作的通知',
      body: fullBody,
      attachments: [
        { title: '教育整顿“回头看”问题清单', blocks: fillerParagraphs(4, 21).map(paragraph) },
        { title: '整改落实情况反馈表', blocks: fillerParagraphs(3, 22).map(paragraph) },
      ],
      note: '联系人：张某某，联系电话：0000-1234567',
    }),
    fonts: ['fangsong', 'kaiti', 'heiti', 'xiaobiaosong', 'songti', 'latin'],
  },
  {
    name: 'file-joint',
    description: '文件式联合行文：三个发文机关，不加盖印章',
    document: redHead({
      header: { copyNumber: null, secrecy: null, urgency: null, organs: [county, '示范县监察委员会', '中共示范县委组织部'], markSuffix: '文件', documentNumber: '某纪发〔2024〕3号', signers: [], separatorStar: false },
      title: '关于进一步加强换届风气监督工作的通知',
      body: fillerParagraphs(9, 3).map(paragraph),
      signature: { organs: [county, '示范县监察委员会', '中共示范县委组织部'], date: '2024-04-01', dateStyle: 'arabic', seal: 'unsealed', signerTitle: null },
    }),
    fonts: ['fangsong', 'xiaobiaosong', 'songti', 'latin'],
  },
  {
    name: 'file-upward',
    description: '上行文（请示）：签发人两名，文号居左，签发人居右',
    document: redHead({
      genre: '请示',
      header: { copyNumber: null, secrecy: null, urgency: '特急', organs: [county], markSuffix: '文件', documentNumber: '某纪〔2024〕7号', signers: ['张某某', '李某某'], separatorStar: false },
      title: '关于调整县纪委监委派驻机构设置的请示',
      addressees: ['中共示范市纪律检查委员会'],
      body: [...fillerParagraphs(6, 4).map(paragraph), paragraph('妥否，请批示。')],
    }),
    fonts: ['fangsong', 'kaiti', 'heiti', 'xiaobiaosong', 'songti', 'latin'],
  },
  {
    name: 'file-star',
    description: '文件式，红色分隔线中间加★（党委纪委常见版式）',
    document: redHead({
      header: { copyNumber: null, secrecy: null, urgency: null, organs: [county], markSuffix: '文件', documentNumber: '某纪发〔2024〕21号', signers: [], separatorStar: true },
      genre: '决定',
      title: '关于表彰2023年度全县纪检监察工作先进集体和先进个人的决定',
      body: fillerParagraphs(5, 5).map(paragraph),
    }),
    fonts: ['fangsong', 'xiaobiaosong', 'songti', 'latin'],
  },
  {
    name: 'file-table-long',
    description: '文件式，跨页表格（表头行重复）',
    document: redHead({
      genre: '通报',
      title: '关于2024年第一季度违反中央八项规定精神问题的通报',
      body: [
        paragraph(fillerParagraphs(1, 6)[0] ?? ''),
        {
          type: 'table',
          headerRows: 1,
          columnWidths: [1, 3, 5, 3],
          rows: [
            { cells: ['序号', '单位', '问题', '处理结果'].map((cell) => ({ content: text(cell) })) },
            ...Array.from({ length: 60 }, (_, i) => ({ cells: [String(i + 1), `示范镇第${i + 1}村`, '违规发放津贴补贴', i % 2 ? '党内警告' : '诫勉谈话'].map((cell) => ({ content: text(cell) })) })),
          ],
        },
        ...fillerParagraphs(2, 7).map(paragraph),
      ],
    }),
    fonts: ['fangsong', 'heiti', 'xiaobiaosong', 'songti', 'latin'],
  },
];
