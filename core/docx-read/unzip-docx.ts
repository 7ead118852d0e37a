/**
 * Opens a .docx package: only the XML parts and relationships are inflated, and sizes are
 * capped, so a zip bomb or a huge embedded video cannot exhaust memory.
 */
import { strFromU8, unzipSync } from 'fflate';
import { DocxReadError } from './docx-read-error.ts';
import { isEncryptedOoxml, passwordProtectedMessage } from './encrypted-package.ts';

/** Far above any real document part (a 1000-page document.xml is about 20 MB). */
const maxPartBytes = 200 * 1024 * 1024;

export type DocxParts = Map<string, string>;

export function unzipDocx(bytes: Uint8Array): DocxParts {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    if (isEncryptedOoxml(bytes)) throw new DocxReadError(passwordProtectedMessage);
    const legacy = bytes[0] === 0xd0 && bytes[1] === 0xcf;
    throw new DocxReadError(legacy ? '这是旧版 Word 97-2003 文档（.doc），请在 Word 或 WPS 中另存为 .docx 后再检查' : '不是 .docx 文件（不是 ZIP 压缩包）');
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        if (!/\.(xml|rels)$/i.test(file.name)) return false;
        if (file.originalSize > maxPartBytes) throw new DocxReadError(`部件过大（${Math.round(file.originalSize / 1024 / 1024)} MB），可能是损坏或恶意的文件`, file.name);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof DocxReadError) throw error;
    throw new DocxReadError(`.docx 压缩包已损坏，无法解压：${error instanceof Error ? error.message : String(error)}`);
  }
  const parts: DocxParts = new Map();
  for (const [name, data] of Object.entries(files)) parts.set(name.replace(/^\/+/, ''), strFromU8(data).replace(/^\uFEFF/, ''));
  return parts;
}
