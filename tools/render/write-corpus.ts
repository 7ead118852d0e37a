/**
 * Writes every document of the render corpus as .docx into a folder, without LibreOffice, plus
 * the two other export kinds (a combined print file of the batch, an export for review with the
 * 送审稿 note): the golden corpus to open in Word and WPS on a Windows PC
 * (docs/windows-release-checklist.md).
 * Usage: npx tsx tools/render/write-corpus.ts <folder>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { combinePackages } from '../../core/docx/combine-packages.ts';
import { writeDocx } from '../../core/docx/write-docx.ts';
import { corpus } from '../../tests/render/corpus/index.ts';

const folder = process.argv[2];
if (!folder) throw new Error('用法：npx tsx tools/render/write-corpus.ts <输出文件夹>');
mkdirSync(folder, { recursive: true });
const written = new Map<string, Uint8Array>();
const write = (name: string, description: string, bytes: Uint8Array) => {
  writeFileSync(path.join(folder, `${name}.docx`), bytes);
  written.set(name, bytes);
  console.log(`${name}.docx　${description}`);
};
for (const entry of corpus) write(entry.name, entry.description, await writeDocx(entry.document, entry.options));
const full = corpus.find((entry) => entry.name === 'file-full');
if (full) write('review-file-full', '供审阅导出：段落锚点、草稿标记、页眉“送审稿”', await writeDocx(full.document, { review: { draftId: 'golden', versionId: null, versionName: '送审稿' }, headerNote: '送审稿' }));
const combined = ['file-full', 'letter', 'minutes'].flatMap((name) => written.get(name) ?? []);
write('combined-print', '批量生成的合并打印文件（文件式、信函、纪要各一份）', combinePackages('合并打印', combined));
console.log(`共 ${written.size} 份，写入 ${path.resolve(folder)}`);
