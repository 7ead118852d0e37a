/**
 * Reads a pack archive into memory under hard limits, trusting nothing the archive says
 * about itself: the entry count is checked before any entry is read, names are decoded by
 * us (UTF-8 when flagged, else strict UTF-8, else GB18030 as Chinese Windows writes them)
 * and checked against the entry rules, symlinks and encrypted entries are refused, and
 * inflated bytes are counted while streaming — per entry, in total and against the
 * compressed size — so a bomb or a lying header stops within the first few MB.
 */
import iconv from 'iconv-lite';
import yauzl from 'yauzl';
import { entryNameProblem, nameCollisions, printable } from '../../core/pack/entry-names.ts';
import { PackError } from '../../core/pack/pack-error.ts';
import { packLimits } from '../../core/pack/pack-limits.ts';

const utf8NameFlag = 0x800;
const encryptedFlag = 0x1;
const fileTypeMask = 0o170000;
const symlinkType = 0o120000;
const regularFileType = 0o100000;
const directoryType = 0o040000;

export interface ZipEntries {
  /** File entries by decoded name, in archive order; folders are checked but not kept. */
  files: Map<string, Uint8Array>;
}

export function decodeEntryName(raw: Buffer, flags: number): string {
  const strict = new TextDecoder('utf-8', { fatal: true });
  if (flags & utf8NameFlag) {
    try {
      return strict.decode(raw);
    } catch {
      throw new PackError(`压缩包中有一个条目标明名称为 UTF-8 编码，实际却不是（原始字节 ${raw.toString('hex').slice(0, 40)}）`);
    }
  }
  try {
    return strict.decode(raw);
  } catch {
    const name = iconv.decode(raw, 'gb18030');
    if (name.includes('\uFFFD')) throw new PackError(`压缩包中有一个条目的名称既不是 UTF-8 也不是 GBK 编码（原始字节 ${raw.toString('hex').slice(0, 40)}）`);
    return name;
  }
}

function entryProblem(entry: yauzl.Entry, name: string): string | null {
  const label = `压缩包条目“${printable(name)}”`;
  const unixType = (entry.externalFileAttributes >>> 16) & fileTypeMask;
  if (unixType === symlinkType) return `${label}是符号链接，模板包中不允许`;
  if (unixType !== 0 && unixType !== regularFileType && unixType !== directoryType) return `${label}不是普通文件（类型 ${unixType.toString(8)}）`;
  if (entry.generalPurposeBitFlag & encryptedFlag) return `${label}经过加密，模板包中不允许`;
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) return `${label}使用了不支持的压缩方式（${entry.compressionMethod}）`;
  if (entry.uncompressedSize > packLimits.entryBytes) return `${label}声明解压后有 ${entry.uncompressedSize} 字节，超过单个文件的上限 ${packLimits.entryBytes} 字节`;
  return entryNameProblem(name);
}

export async function readZipEntries(bytes: Uint8Array, fileLabel: string): Promise<ZipEntries> {
  if (bytes.length > packLimits.fileBytes) throw new PackError(`“${fileLabel}”有 ${bytes.length} 字节，超过模板包的上限 ${packLimits.fileBytes} 字节`);
  const zip = await openZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileLabel);
  try {
    if (zip.entryCount > packLimits.entries) throw new PackError(`“${fileLabel}”有 ${zip.entryCount} 个条目，超过模板包的上限 ${packLimits.entries} 个`);
    const files = new Map<string, Uint8Array>();
    const names: string[] = [];
    let total = 0;
    for (let entry = await nextEntry(zip, fileLabel); entry; entry = await nextEntry(zip, fileLabel)) {
      const name = decodeEntryName(entry.fileNameRaw, entry.generalPurposeBitFlag);
      const problem = entryProblem(entry, name);
      if (problem) throw new PackError(problem);
      names.push(name);
      const [collision] = nameCollisions(names);
      if (collision) throw new PackError(collision);
      if (name.endsWith('/')) {
        if (entry.uncompressedSize !== 0) throw new PackError(`压缩包条目“${printable(name)}”是文件夹却带有内容`);
        continue;
      }
      const data = await readEntry(zip, entry, name, packLimits.totalBytes - total);
      total += data.length;
      files.set(name, data);
    }
    return { files };
  } finally {
    zip.close();
  }
}

function openZip(buffer: Buffer, fileLabel: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false }, (error, zip) => {
      if (error || !zip) reject(new PackError(`“${fileLabel}”不是有效的模板包：不是 zip 压缩包，或文件不完整`));
      else resolve(zip);
    });
  });
}

function nextEntry(zip: yauzl.ZipFile, fileLabel: string): Promise<yauzl.Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: yauzl.Entry) => (cleanup(), resolve(entry));
    const onEnd = () => (cleanup(), resolve(null));
    const onError = (error: Error) => (cleanup(), reject(new PackError(`“${fileLabel}”的压缩包目录已损坏（详情：${error.message}）`)));
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, name: string, totalLeft: number): Promise<Uint8Array> {
  const label = `压缩包条目“${printable(name)}”`;
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(new PackError(`${label}无法读取：${error?.message ?? '未知原因'}`));
      const chunks: Buffer[] = [];
      let size = 0;
      let refused = false;
      const refuse = (message: string) => {
        if (refused) return;
        refused = true;
        stream.destroy();
        reject(new PackError(message));
      };
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > packLimits.entryBytes) return refuse(`${label}解压后超过单个文件的上限 ${packLimits.entryBytes} 字节（可能是压缩炸弹），已停止读取`);
        if (size > totalLeft) return refuse(`${label}解压后使模板包总量超过上限 ${packLimits.totalBytes} 字节（可能是压缩炸弹），已停止读取`);
        if (size > packLimits.ratioFloorBytes && size / Math.max(1, entry.compressedSize) > packLimits.compressionRatio) {
          return refuse(`${label}的压缩比超过 ${packLimits.compressionRatio} 倍（可能是压缩炸弹），已停止读取`);
        }
        chunks.push(chunk);
      });
      stream.on('error', (streamError: Error) => {
        const lying = /too many bytes|not enough bytes|unexpected number of bytes/i.test(streamError.message);
        refuse(
          lying ? `${label}实际解压出的大小与文件头记录的 ${entry.uncompressedSize} 字节不符（文件头不实，可能是压缩炸弹）` : `${label}已损坏，无法解压：${streamError.message}`,
        );
      });
      stream.on('end', () => {
        if (!refused) resolve(new Uint8Array(Buffer.concat(chunks, size)));
      });
    });
  });
}
