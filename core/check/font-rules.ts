/** §5 item 5: typeface and size per role, bold on faces that already carry weight, fonts outside the profiles. */
import type { DocxParagraph, DocxRun } from '../docx-read/docx-model.ts';
import { fontProfiles } from '../layout/font-profiles.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import type { CheckContext } from './check-context.ts';
import type { Role } from './roles.ts';
import { gb2312Hanzi } from './gb2312.ts';
import { cjk, familyNames, fontFamilies, sizeName, type FontFamily } from './text-patterns.ts';

const ideograph = /\p{Script=Han}/u;

type Item = { paragraph: DocxParagraph; message: string };

const bodyRoles: Role[] = ['body', 'addressee', 'attachmentNote', 'attachmentNoteItem', 'signature', 'date', 'note'];

/** Font names a reader's machine is expected to have: the three profiles and their usual aliases. */
const knownFonts = new Set<string>([
  ...Object.values(fontProfiles).flatMap((profile) => [profile.fangsong, profile.kaiti, profile.heiti, profile.xiaobiaosong, profile.songti]),
  ...['仿宋', '楷体', '黑体', '宋体', '新宋体', 'FangSong', 'FangSong_GB2312', 'KaiTi', 'KaiTi_GB2312', 'SimHei', 'SimSun', 'NSimSun', 'FZXiaoBiaoSong-B05S', 'FZXiaoBiaoSong-B05', '方正小标宋_GBK', '方正黑体简体', '方正楷体简体', '方正仿宋简体'],
]);

const cjkRuns = (paragraph: DocxParagraph): DocxRun[] => paragraph.runs.filter((run) => cjk.test(run.text));

function describe(run: DocxRun): string {
  return `“${run.props.fonts.eastAsia ?? '未指定中文字体'}”${sizeName(run.props.size)}`;
}

function firstWrong(runs: readonly DocxRun[], family: FontFamily, size: number): DocxRun | undefined {
  return runs.find((run) => run.props.size !== size || !run.props.fonts.eastAsia || !fontFamilies[family].test(run.props.fonts.eastAsia));
}

/** The run holding the first ideograph: for a heading that is the ordinal itself (一、 or （一）). */
function ordinalRun(paragraph: DocxParagraph): DocxRun | undefined {
  return paragraph.runs.find((run) => cjk.test(run.text));
}

export function checkFonts(ctx: CheckContext): void {
  const body: Item[] = [];
  const title: Item[] = [];
  const heading: Item[] = [];
  const bold: Item[] = [];
  for (const paragraph of ctx.model.paragraphs) {
    const role = ctx.role(paragraph);
    if (bodyRoles.includes(role)) {
      const wrong = firstWrong(cjkRuns(paragraph), 'fangsong', gbt9704.size.body);
      if (wrong) body.push({ paragraph, message: `${roleName(role)}用了${describe(wrong)}，应为 3号仿宋` });
    } else if (role === 'minutesList') {
      const [label, ...names] = cjkRuns(paragraph);
      if (label && firstWrong([label], 'heiti', gbt9704.size.body)) body.push({ paragraph, message: `纪要“${label.text.slice(0, 3)}”用了${describe(label)}，应为 3号黑体` });
      const wrong = firstWrong(names, 'fangsong', gbt9704.size.body);
      if (wrong) body.push({ paragraph, message: `纪要名单用了${describe(wrong)}，应为 3号仿宋` });
    } else if (role === 'title' || role === 'attachmentTitle') {
      const wrong = firstWrong(cjkRuns(paragraph), 'xiaobiaosong', gbt9704.size.title);
      if (wrong) title.push({ paragraph, message: `${role === 'title' ? '标题' : '附件标题'}用了${describe(wrong)}，应为 2号小标宋` });
      if (cjkRuns(paragraph).some((run) => run.props.bold)) bold.push({ paragraph, message: '标题（小标宋）加了粗体' });
    } else if (role === 'heading') {
      const level = ctx.roles.ordinals.get(paragraph.number)?.level ?? 3;
      const family: FontFamily = level === 1 ? 'heiti' : level === 2 ? 'kaiti' : 'fangsong';
      const run = ordinalRun(paragraph);
      if (run && firstWrong([run], family, gbt9704.size.body)) {
        heading.push({ paragraph, message: `${['一', '二', '三', '四'][level - 1]}级标题用了${describe(run)}，应为 3号${familyNames[family]}` });
      }
      if (level <= 2 && run?.props.bold) bold.push({ paragraph, message: `${level === 1 ? '一级标题（黑体）' : '二级标题（楷体）'}加了粗体` });
    }
  }
  ctx.reportGrouped('body-font', body);
  ctx.reportGrouped('title-font', title);
  ctx.reportGrouped('heading-font', heading);
  ctx.reportGrouped('heading-bold', bold);
  checkUnknownFonts(ctx);
  checkGb2312Coverage(ctx);
}

/** `_GB2312` fonts have no glyph for characters outside GB 2312 (镕, 喆, 堃 in names); Word then borrows another face. */
function checkGb2312Coverage(ctx: CheckContext): void {
  const charset = gb2312Hanzi();
  if (!charset) return;
  for (const paragraph of ctx.model.paragraphs) {
    const missing = new Set<string>();
    for (const run of paragraph.runs) {
      if (!run.props.fonts.eastAsia?.includes('GB2312')) continue;
      for (const ch of run.text) if (ideograph.test(ch) && !charset.has(ch)) missing.add(ch);
    }
    if (missing.size > 0) ctx.report('gb2312-coverage', paragraph, `“${[...missing].join('')}”不在 GB 2312 字符集内，_GB2312 字体没有这些字，会显示成其他字体或方框；可改用“仿宋”等 GBK 字体`);
  }
}

function checkUnknownFonts(ctx: CheckContext): void {
  const reported = new Set<string>();
  for (const paragraph of ctx.model.paragraphs) {
    for (const run of cjkRuns(paragraph)) {
      const font = run.props.fonts.eastAsia;
      if (!font || knownFonts.has(font) || reported.has(font)) continue;
      reported.add(font);
      ctx.report('unknown-font', paragraph, `字体“${font}”不在公文字体方案中，审阅者的电脑上可能没有，会被替换成其他字体`);
    }
  }
}

function roleName(role: Role): string {
  const names: Partial<Record<Role, string>> = { addressee: '主送机关', attachmentNote: '附件说明', attachmentNoteItem: '附件说明', signature: '署名', date: '成文日期', note: '附注' };
  return names[role] ?? '正文';
}
