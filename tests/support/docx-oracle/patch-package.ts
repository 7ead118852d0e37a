/**
 * The few settings the `docx` library cannot express, patched into the finished package:
 * paragraphs must not snap to the line grid (LibreOffice would otherwise snap every
 * exact-height line, moving the 发文机关标志 and the spacer lines), and punctuation must
 * not be compressed (it changes the number of characters per line).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const patches: Record<string, (xml: string) => string> = {
  'word/styles.xml': (xml) => xml.replace(/<w:pPrDefault>\s*<w:pPr>/, '$&<w:snapToGrid w:val="0"/>'),
  'word/settings.xml': (xml) => (xml.includes('w:characterSpacingControl') ? xml : xml.replace(/<w:settings\b[^>]*>/, '$&<w:characterSpacingControl w:val="doNotCompress"/>')),
};

export function patchPackage(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    const patch = patches[name];
    out[name] = patch ? strToU8(patch(strFromU8(data))) : data;
  }
  return zipSync(out, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}
