/**
 * Where an office's shared packs are: a folder the desktops can read (a mapped drive, a UNC
 * path such as \\文件服务器\模板包, or any directory) or an intranet web address. Offices
 * share through what they already run; the app only reads from there.
 */
import { z } from '../validation/zod.ts';
import { packIndexFileName } from './pack-index.ts';

export type PackSourceLocation = { kind: 'folder'; folder: string } | { kind: 'web'; indexUrl: string };

const absoluteFolder = /^(\/|[A-Za-z]:[\\/]|\\\\[^\\/]+[\\/][^\\/]+)/;

/** The setting as typed; null when it is empty (no shared source), a reason when it is neither an address nor a full folder path. */
export function readPackSource(setting: string): PackSourceLocation | null | string {
  const text = setting.trim();
  if (text === '') return null;
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(text)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (scheme !== 'http' && scheme !== 'https') return `共享来源的网址只能以 http:// 或 https:// 开头，“${text}”不行`;
    const parts = /^https?:\/\/([^/?#\s]+)([^?#\s]*)(?:\?[^#\s]*)?(?:#\S*)?$/i.exec(text);
    if (!parts) return `共享来源“${text}”不是有效的网址`;
    const [, host = '', folder = ''] = parts;
    if (host.includes('@')) return '共享来源的网址不能含有用户名或密码';
    const pathname = folder.toLowerCase().endsWith('.json') ? folder : `${folder.replace(/\/?$/, '/')}${packIndexFileName}`;
    return { kind: 'web', indexUrl: `${scheme}://${host}${pathname}` };
  }
  if (!absoluteFolder.test(text)) return `共享来源应为完整的文件夹路径（如 \\\\文件服务器\\模板包 或 Z:\\模板包）或 http(s) 网址，“${text}”都不是`;
  return { kind: 'folder', folder: text };
}

export const PackSourceSettingSchema = z
  .string()
  .trim()
  .max(1_000, '共享来源不应超过 1000 个字符')
  .superRefine((text, context) => {
    const read = readPackSource(text);
    if (typeof read === 'string') context.addIssue({ code: 'custom', message: read });
  });
