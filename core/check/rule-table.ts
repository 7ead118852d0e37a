/**
 * Every conformance rule with its severity and a one-line Chinese description, after
 * research/gbt9704.md §5. E = the standard is violated, W = common practice or a rendering risk.
 */
import type { Severity } from './finding.ts';
import type { FixId } from './fixes/fix-registry.ts';

export interface RuleDefinition {
  severity: Severity;
  description: string;
  /** The safe fix of the document model that removes what this rule finds, where there is one. */
  fix?: FixId;
}

export const ruleTable = {
  'page-size': { severity: 'error', description: '纸张为 A4 纵向（210 mm × 297 mm），横排表格节除外' },
  'page-margins': { severity: 'error', description: '页边距：天头 37 mm、订口 28 mm、右 26 mm、下 35 mm（±1 mm），每节相同' },
  'line-pitch': { severity: 'error', description: '每页 22 行：行距须为固定值 28.95 磅（579）或文档网格行距 579' },
  'line-pitch-short': { severity: 'warning', description: '固定行距小于 28.95 磅时虽排 22 行，但版心下部留空' },
  'chars-per-line': { severity: 'error', description: '每行 28 字（3号字需缩放至 98%、紧缩 0.25 磅或按字符网格排布）' },
  'char-grid': { severity: 'warning', description: '不宜使用“文字对齐字符网格”（linesAndChars）：LibreOffice 与部分 WPS 版本每行只排 14 字' },
  'grid-snap': { severity: 'warning', description: '有行网格时，行距不同于网格的固定行距段落应关闭“对齐到网格”' },
  'page-number-missing': { severity: 'error', description: '每节页脚须有页码（PAGE 域）' },
  'page-number-form': { severity: 'error', description: '页码写作“— 1 —”：两侧各一条一字线（—）' },
  'page-number-font': { severity: 'error', description: '页码用 4号半角宋体阿拉伯数码' },
  'page-number-sides': { severity: 'error', description: '奇偶页不同：单页页码居右、双页页码居左' },
  'page-number-inset': { severity: 'warning', description: '页码距版心外侧边缘空一字' },
  'footer-distance': { severity: 'warning', description: '页脚距边界约 25.5 mm（1390–1500），使页码一字线位于版心下边缘之下 7 mm' },
  'page-number-blank-page': { severity: 'error', description: '空白页和版记页不编排页码' },
  'page-number-restart': { severity: 'error', description: '与正文一起装订的附件页码须连续，不得重新编号' },
  'body-font': { severity: 'error', description: '正文、主送机关、附件说明、署名、日期等用 3号仿宋' },
  'title-font': { severity: 'error', description: '标题用 2号小标宋' },
  'heading-font': { severity: 'error', description: '一级标题（一、）用黑体，二级标题（（一））用楷体' },
  'heading-bold': { severity: 'warning', description: '黑体、楷体、小标宋本身有笔画粗细，不宜再加粗' },
  'unknown-font': { severity: 'warning', description: '字体不在经典、Windows、信创三套公文字体方案之内，对方电脑上可能没有' },
  'gb2312-coverage': { severity: 'warning', description: '用 _GB2312 字体时，GB 2312 以外的字（人名地名中的生僻字）没有字形' },
  'text-colour': { severity: 'error', description: '除发文机关标志和分隔线外，文字一律为黑色' },
  'east-asia-hint': { severity: 'warning', description: '含中文引号、破折号、省略号的文字应设 w:hint="eastAsia"，否则 Word 用西文字体显示这些符号' },
  'space-indent': { severity: 'error', description: '缩进和对齐用段落格式设置，不用空格或全角空格' },
  'first-line-indent': { severity: 'error', description: '正文和各级标题首行缩进 2 字，回行顶格' },
  'document-number': { severity: 'error', description: '发文字号写作“机关代字〔年份〕序号号”：六角括号、4 位年份、序号不编虚位、不加“第”', fix: 'document-number' },
  'secrecy-mark': { severity: 'error', description: '密级与保密期限之间用“★”，期限用阿拉伯数字' },
  'copy-number': { severity: 'error', description: '份号为 6 位阿拉伯数字' },
  'date-form': { severity: 'error', description: '成文日期、印发日期用阿拉伯数字写全年月日，月日不编虚位，且为真实日期' },
  'print-date-suffix': { severity: 'error', description: '印发日期后加“印发”二字' },
  'title-punctuation': { severity: 'warning', description: '标题末尾不加标点，标题中除书名号、引号、顿号、括号外一般不用标点' },
  'title-lines': { severity: 'warning', description: '多行标题每行不超过 20 字、不在行首行尾留标点，排成梯形或菱形，不排成沙漏形' },
  'title-spacing': { severity: 'error', description: '标题在红色分隔线下空二行' },
  'addressee-spacing': { severity: 'error', description: '主送机关在标题下空一行' },
  'addressee-colon': { severity: 'error', description: '主送机关后用全角冒号“：”' },
  'first-page-body': { severity: 'error', description: '首页须显示正文' },
  'heading-ordinal': { severity: 'error', description: '结构层次序数只用“一、”“（一）”“1.”“（1）”', fix: 'ordinal' },
  'heading-nesting': { severity: 'error', description: '较高层级的标题不得出现在较低层级之下（如“1.”之后未出现新的“一、”就用“（一）”）' },
  'heading-skip': { severity: 'warning', description: '结构层次不宜跳级（只有两层时“一、”下直接用“1.”可以接受）' },
  'heading-sequence': { severity: 'warning', description: '同级序数应连续，从一开始' },
  'attachment-note': { severity: 'error', description: '附件说明写作“附件：1.名称”，序号用“1.”，名称不加书名号、末尾不加标点，回行与名称首字对齐' },
  'attachment-match': { severity: 'error', description: '附件说明的件数与名称须与正文后附件一致' },
  'attachment-page': { severity: 'error', description: '附件另起一页' },
  'attachment-label': { severity: 'error', description: '附件标识“附件N”用 3号黑体顶格，附件标题在第三行居中' },
  'signature-layout': {
    severity: 'error',
    description: '署名和成文日期按 GB/T 9704 §7.3.5 排布：日期右空四字、署名居中于日期（加盖印章），或署名右空二字、日期首字比署名首字右移二字（不加盖印章）',
  },
  'signature-spacing': { severity: 'error', description: '不加盖印章时，正文（或附件说明）与署名之间空一行' },
  'record-rules': { severity: 'error', description: '版记分隔线与版心等宽，首条和末条为粗线（0.35 mm），中间为细线（0.25 mm）' },
  'record-font': { severity: 'error', description: '版记用 4号仿宋' },
  'record-cc': { severity: 'error', description: '抄送写作“抄送：机关、机关。”：全角冒号，末尾句号' },
  'half-width-punctuation': { severity: 'error', description: '中文句子中用全角标点，不用半角 , . : ; ? ! ( ) "', fix: 'punctuation' },
  'full-width-alnum': { severity: 'error', description: '数字和字母用半角，不用全角（０-９、Ａ-Ｚ）', fix: 'alnum' },
  ellipsis: { severity: 'error', description: '省略号写作“……”，不用“...”“。。。”或单个“…”', fix: 'ellipsis' },
  'text-date': { severity: 'warning', description: '正文中的日期写作“2024年3月5日”，不用“2024-3-5”“2024.3.5”“2024/03/05”，月日不编虚位', fix: 'date' },
  dash: { severity: 'error', description: '破折号写作“——”，不用“--”“－－”或单个“—”', fix: 'dash' },
  gap: { severity: 'error', description: '文中不得留有待填的空缺（×、××、XX月XX日、【】提示、＿＿＿），发出前须填写' },
  'gap-name': { severity: 'warning', description: '“某某”“李××”等像是未填写的人名或地名；有意隐去的姓名可忽略' },
  'auto-numbering': { severity: 'info', description: '用 Word 自动编号的段落，序数不在文字中，无法检查层次序数，且在 WPS 中常错乱' },
  revisions: { severity: 'info', description: '文档中有未接受或拒绝的修订，检查按接受全部修订后的文字进行' },
} as const satisfies Record<string, RuleDefinition>;

export type RuleId = keyof typeof ruleTable;

export const ruleIds = Object.keys(ruleTable) as RuleId[];
