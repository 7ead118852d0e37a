/** 信函式, 纪要式 and 白头材料 (讲话稿, 工作报告 up to 100 pages), plus a long title with mixed Latin and digits. */
import { createBlankDocument } from '../../../core/model/document.ts';
import { heading, paragraph, type CorpusEntry } from './corpus-entry.ts';
import { fillerParagraphs, mixedParagraphs } from './filler.ts';

const letter = createBlankDocument('函', '2024-05-20');
const minutes = createBlankDocument('纪要', '2024-06-18');
const speech = createBlankDocument('讲话稿', '2024-02-23');
const report = createBlankDocument('工作报告', '2024-01-15');
const bulletin = createBlankDocument('通报', '2024-07-01');

/** About 100 pages: 4 chapters × 6 sections × 13 paragraphs of ~175 characters (≈ 7 lines each). */
function reportBody() {
  return [1, 2, 3, 4].flatMap((chapter) => [
    heading(1, `第${chapter}部分工作情况`),
    ...[1, 2, 3, 4, 5, 6].flatMap((section) => [heading(2, `关于第${section}项重点工作。`), ...fillerParagraphs(13, chapter * 100 + section, 120, 230).map(paragraph)]),
  ]);
}

export const otherFormEntries: CorpusEntry[] = [
  {
    name: 'letter',
    description: '信函式：发文机关标志距纸张上边 30 mm，首页不编页码，两页',
    document: {
      ...letter,
      form: 'letter',
      header: { ...letter.header, organs: ['中共示范县纪律检查委员会'], markSuffix: '', documentNumber: '某纪函〔2024〕9号' },
      title: '关于商请协助核查有关问题线索的函',
      addressees: ['示范市某某区纪委监委'],
      body: [...fillerParagraphs(8, 31).map(paragraph), paragraph('特此函商，请予支持。')],
      signature: { organs: ['中共示范县纪律检查委员会'], date: '2024-05-20', dateStyle: 'arabic', seal: 'sealed', signerTitle: null },
    },
    fonts: ['fangsong', 'xiaobiaosong', 'songti', 'latin'],
  },
  {
    name: 'minutes',
    description: '纪要式：纪要标志、出席/请假/列席名单',
    document: {
      ...minutes,
      header: { ...minutes.header, organs: ['县纪委常委会'], markSuffix: '纪要', documentNumber: '〔2024〕6号' },
      title: '县纪委常委会2024年第6次会议纪要',
      body: [paragraph(fillerParagraphs(1, 41)[0] ?? ''), heading(1, '传达学习上级会议精神'), ...fillerParagraphs(3, 42).map(paragraph), heading(1, '研究审议有关事项'), ...fillerParagraphs(3, 43).map(paragraph)],
      signature: { organs: [], date: null, dateStyle: 'arabic', seal: 'unsealed', signerTitle: null },
      minutes: { present: ['王某某', '张某某', '李某某', '赵某某', '刘某某', '陈某某', '杨某某', '黄某某', '周某某', '吴某某', '徐某某', '孙某某'], absent: ['马某某（出差）'], attending: ['县委办公室副主任朱某某', '县纪委监委办公室主任胡某某'] },
      record: { cc: [], printer: '中共示范县纪律检查委员会办公室', printDate: '2024-06-19' },
    },
    fonts: ['fangsong', 'heiti', 'xiaobiaosong', 'songti', 'latin'],
  },
  {
    name: 'plain-speech',
    description: '白头讲话稿：副标题、讲话人、日期（楷体），无版头版记',
    document: {
      ...speech,
      title: '在全县党风廉政建设和反腐败工作会议上的讲话',
      byline: { subtitle: '在全县党风廉政建设和反腐败工作会议上', speaker: '王某某', date: '2024-02-23' },
      body: [paragraph('同志们：'), ...fillerParagraphs(4, 51).map(paragraph), heading(1, '提高政治站位'), ...fillerParagraphs(6, 52).map(paragraph), heading(1, '突出工作重点'), ...fillerParagraphs(6, 53).map(paragraph)],
    },
    fonts: ['fangsong', 'kaiti', 'heiti', 'xiaobiaosong', 'songti', 'latin'],
  },
  {
    name: 'plain-report-100',
    description: '白头工作报告，约 100 页：22 行 × 28 字的主要样本',
    document: { ...report, title: '示范县纪委监委2023年度工作报告', byline: { subtitle: null, speaker: null, date: '2024-01-15' }, body: reportBody() },
    fonts: ['fangsong', 'kaiti', 'heiti', 'xiaobiaosong', 'songti', 'latin'],
  },
  {
    name: 'long-title-mixed',
    description: '三行长标题，正文夹杂阿拉伯数字、拉丁字母和百分数，约 10 页',
    document: {
      ...bulletin,
      header: { ...bulletin.header, organs: ['中共示范县纪律检查委员会'], markSuffix: '文件', documentNumber: '某纪发〔2024〕30号' },
      title: '关于2024年上半年全县纪检监察机关监督检查审查调查\n情况和运用监督执纪“四种形态”处理1024人次\n有关情况的通报',
      addressees: ['各乡镇纪委', '县直各单位'],
      body: [...mixedParagraphs(20, 61).map(paragraph), ...fillerParagraphs(20, 62).map(paragraph)],
      signature: { organs: ['中共示范县纪律检查委员会'], date: '2024-07-01', dateStyle: 'arabic', seal: 'sealed', signerTitle: null },
      record: { cc: ['市纪委监委'], printer: '中共示范县纪律检查委员会办公室', printDate: '2024-07-01' },
    },
    fonts: ['fangsong', 'xiaobiaosong', 'songti', 'latin'],
  },
];
