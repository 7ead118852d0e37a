/**
 * GongwenDocument → TypesetDocument: every printed element in order with its GB/T 9704
 * role, font, size and indents. The layout engine and the docx writer both start here.
 */
import { fontProfiles, type FontProfileId } from '../layout/font-profiles.ts';
import { gbt9704 } from '../layout/gbt9704.ts';
import { splitTitle } from '../layout/split-title.ts';
import type { GongwenDocument } from '../model/document.ts';
import { blankLine, paragraph, run } from './build.ts';
import { composeBlocks } from './compose-body.ts';
import { composeClosing } from './compose-closing.ts';
import { composeHeader, composeLetterhead } from './compose-header.ts';
import { composeRecord } from './compose-record.ts';
import { composeAddressee, composeTitle } from './compose-title.ts';
import type { TypesetDocument, TypesetItem } from './typeset.ts';

export interface ComposeOptions {
  fontProfile?: FontProfileId;
  /** Title lines; by default the title split at ≤ 20 characters a line, words whole, never 沙漏形 (writer's \n hints kept). */
  titleLines?: readonly string[];
  /** The first page would show no body text: 主送 goes to the 版记 (§7.3.2). */
  addresseeInRecord?: boolean;
}

/** 附件 pages: a new page, 附件N in 黑体 on line 1, the title centred on line 3, then the blocks (§7.3.7). */
function attachmentPages(document: GongwenDocument): TypesetItem[] {
  const printed = document.attachments.map((attachment, index) => ({ attachment, index })).filter(({ attachment }) => attachment.blocks.length > 0);
  return printed.flatMap(({ attachment, index }) => {
    const label = document.attachments.length > 1 ? `附件${index + 1}` : '附件';
    return [
      paragraph('attachmentLabel', [run(label, { font: 'heiti' })], { align: 'left', pageBreakBefore: true, source: `attachments.${index}` }),
      blankLine(),
      paragraph('attachmentTitle', [run(attachment.title.trim(), { font: 'xiaobiaosong', size: gbt9704.size.title })], { align: 'center', keepNext: true, source: `attachments.${index}.title` }),
      blankLine(),
      ...composeBlocks(attachment.blocks, `attachments.${index}.blocks`),
    ];
  });
}

export function compose(document: GongwenDocument, options: ComposeOptions = {}): TypesetDocument {
  const profile = fontProfiles[options.fontProfile ?? 'classic'];
  const titleLines = options.titleLines ?? (document.title.trim() ? splitTitle(document.title) : []);
  const moved = options.addresseeInRecord ?? false;
  const flow: TypesetItem[] = [
    ...composeHeader(document),
    ...composeTitle(document, titleLines),
    ...composeAddressee(document, moved),
    ...composeBlocks(document.body, 'body'),
    ...composeClosing(document),
    ...attachmentPages(document),
  ];
  const record = composeRecord(document, moved);
  const recordStart = record ? flow.length : null;
  if (record) flow.push(record);
  return {
    flow,
    recordStart,
    pageNumbers: { firstPage: document.form !== 'letter' },
    letterhead: composeLetterhead(document),
    fonts: { fangsong: profile.fangsong, kaiti: profile.kaiti, heiti: profile.heiti, xiaobiaosong: profile.xiaobiaosong, songti: profile.songti, latin: profile.latin },
  };
}
