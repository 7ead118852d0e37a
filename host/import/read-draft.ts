/**
 * Opens a draft for import: a .docx (through the shared docx reader, so text boxes, tables,
 * tracked insertions and field results read as Word shows them) or a text file in any
 * Chinese encoding. Returns paragraphs with their line/paragraph numbers for notices.
 */
import { readFile } from 'node:fs/promises';
import { readDocx } from '../../core/docx-read/read-docx.ts';
import { DocxReadError } from '../../core/docx-read/docx-read-error.ts';
import { isEncryptedOoxml, passwordProtectedMessage } from '../../core/docx-read/encrypted-package.ts';
import { splitLines, type SourceParagraph } from '../../core/import/source-text.ts';
import { describeFileError } from '../files/describe-file-error.ts';
import { BadBytesError, decodeText } from './decode-text.ts';
import { DraftReadError } from './draft-read-error.ts';

export interface Draft {
  paragraphs: SourceParagraph[];
  /** How notices count: lines of a text file, paragraphs of a .docx. */
  unit: '行' | '段';
  /** What the reader itself noticed, as Chinese sentences. */
  warnings: string[];
}

/** Far beyond any real draft (a 100-page speech is about 200 KB as text, 100 KB as .docx). */
const maxDraftBytes = 50 * 1024 * 1024;

function readDocxDraft(bytes: Uint8Array, file: string): Draft {
  let model;
  try {
    model = readDocx(bytes);
  } catch (error) {
    if (error instanceof DocxReadError) throw new DraftReadError(`无法读取“${file}”：${error.message}`);
    throw error;
  }
  const paragraphs = model.paragraphs.map((paragraph) => ({ text: paragraph.text, line: paragraph.number }));
  const numbered = model.paragraphs.filter((paragraph) => paragraph.props.numbered && paragraph.text.trim()).map((paragraph) => paragraph.number);
  const warnings =
    numbered.length === 0
      ? []
      : [`第${numbered.slice(0, 5).join('、')}段${numbered.length > 5 ? `等 ${numbered.length} 段` : ''}使用了 Word 自动编号，序号不在文字里，这些段落按正文导入；请先把自动编号转换为普通文字再导入。`];
  return { paragraphs, unit: '段', warnings };
}

function readTextDraft(bytes: Uint8Array, file: string): Draft {
  let text: string;
  try {
    text = decodeText(bytes).text;
  } catch (error) {
    if (error instanceof BadBytesError) throw new DraftReadError(`无法读取“${file}”：${error.message}`);
    throw error;
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) throw new DraftReadError(`“${file}”不是文本文件（第${text.slice(0, nul).split(/\r\n|\r|\n/).length}行含有空字符）；请导入 .txt 或 .docx 草稿`);
  return { paragraphs: splitLines(text), unit: '行', warnings: [] };
}

export async function readDraft(file: string): Promise<Draft> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new DraftReadError(describeFileError(error, file, 'read').message);
  }
  return readDraftBytes(bytes, file);
}

/** The bytes of a draft the app was handed (dropped or picked in the UI); `file` names it in messages. */
export function readDraftBytes(bytes: Uint8Array, file: string): Draft {
  if (bytes.length > maxDraftBytes) throw new DraftReadError(`“${file}”过大（${Math.round(bytes.length / 1024 / 1024)} MB），不像是一份公文草稿`);
  if (bytes.length === 0) throw new DraftReadError(`“${file}”是空文件，没有可导入的内容`);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return readDocxDraft(bytes, file);
  if (isEncryptedOoxml(bytes)) throw new DraftReadError(`无法读取“${file}”：${passwordProtectedMessage}`);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) throw new DraftReadError(`“${file}”是旧版 Word 97-2003 文档（.doc），请在 Word 或 WPS 中另存为 .docx 后再导入`);
  // A text draft may have any name, but a .docx that is not a zip is a damaged Word file, not text.
  if (/\.docx$/i.test(file)) throw new DraftReadError(`无法读取“${file}”：不是 .docx 文件（不是 ZIP 压缩包），文件可能已损坏`);
  return readTextDraft(bytes, file);
}
