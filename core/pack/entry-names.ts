/**
 * What an archive entry may be called. Pack contents are never extracted under their own
 * names, but a name that could escape a folder, address a device or alias another entry on
 * Windows is a sign of a hostile or broken archive, so the whole pack is refused, naming it.
 */
import { packLimits } from './pack-limits.ts';

/** Windows device names stay devices with any extension (`CON.json`, `com1.txt`), including the superscript-digit ports. */
const deviceName = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i;
const allowedExtensions = ['.json'];

/** A Chinese reason when the name is refused, otherwise null. Directory entries end with `/`. */
export function entryNameProblem(name: string): string | null {
  const label = `压缩包条目“${printable(name)}”`;
  if (name.length === 0) return '压缩包中有一个没有名称的条目';
  if (name.length > packLimits.nameLength) return `${label}的名称超过 ${packLimits.nameLength} 个字符`;
  if (/[\u0000-\u001f\u007f]/.test(name)) return `${label}的名称含有控制字符`;
  if (name.includes('\\')) return `${label}的名称含有反斜杠“\\”，可能借此写到别的文件夹`;
  if (name.startsWith('/')) return `${label}是绝对路径`;
  if (/^[A-Za-z]:/.test(name)) return `${label}带有盘符，是绝对路径`;
  if (name.includes(':')) return `${label}的名称含有冒号“:”（Windows 备用数据流）`;
  if (/[<>"|?*]/.test(name)) return `${label}的名称含有 Windows 不允许的字符 < > " | ? *`;
  const isFolder = name.endsWith('/');
  const segments = (isFolder ? name.slice(0, -1) : name).split('/');
  for (const segment of segments) {
    if (segment === '..') return `${label}含有“..”，会跳出模板包的文件夹`;
    if (segment === '.' || segment === '') return `${label}的路径含有空的或“.”的层级`;
    if (deviceName.test(segment)) return `${label}使用了 Windows 设备名“${segment.split('.')[0]}”`;
    if (/[. ]$/.test(segment)) return `${label}以点或空格结尾，Windows 会把它当成另一个名称`;
  }
  if (!isFolder && !allowedExtensions.some((extension) => name.toLowerCase().endsWith(extension))) return `${label}的扩展名不在允许之列（只收 ${allowedExtensions.join('、')}）`;
  return null;
}

/** The key two names share when Windows or macOS would treat them as the same file. */
const foldedName = (name: string) => name.normalize('NFC').toLowerCase();

/** One message per name that collides with an earlier one after Unicode normalisation and case-folding. */
export function nameCollisions(names: readonly string[]): string[] {
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const name of names) {
    const key = foldedName(name);
    const earlier = seen.get(key);
    if (earlier === undefined) seen.set(key, name);
    else
      problems.push(
        earlier === name ? `压缩包条目“${printable(name)}”出现了两次` : `压缩包条目“${printable(name)}”与“${printable(earlier)}”在不区分大小写或统一 Unicode 写法后同名`,
      );
  }
  return problems;
}

/** Names go into messages: control characters are shown as code points rather than printed. */
export function printable(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
