/**
 * What the SIGKILL test's child saves on its n-th autosave, so the test can tell from a stored
 * draft which save it holds and that it holds all of it. Sizes vary from one page to a few
 * hundred KB, so a kill lands in writes of one page and of many.
 */
import { createBlankDocument, type GongwenDocument } from '../../core/model/document.ts';
import { defaultPreferences, type Preferences } from '../../core/api/preferences.ts';

export function autosaveDocument(n: number): GongwenDocument {
  const paragraphs = 1 + ((n * 7919) % 97);
  const text = (i: number) => `第${n}次保存的第${i + 1}段：为深入贯彻落实全面从严治党要求，进一步加强作风建设。`.repeat(1 + (i % 9));
  return {
    ...createBlankDocument('通知', '2024-03-05'),
    title: `关于第${n}次保存的通知`,
    body: Array.from({ length: paragraphs }, (_, i) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text: text(i) }] })),
  };
}

/** The save number a stored document was made by, read back from its title. */
export function saveNumberOf(document: GongwenDocument): number {
  const match = /^关于第(\d+)次保存的通知$/.exec(document.title);
  if (!match) throw new Error(`不是崩溃测试保存的草稿：${document.title}`);
  return Number(match[1]);
}

/** The name of the version the child takes right after its n-th save. */
export const versionName = (n: number): string => `第${n}次保存后`;

export function versionNumberOf(name: string): number {
  const match = /^第(\d+)次保存后$/.exec(name);
  if (!match) throw new Error(`不是崩溃测试保存的版本：${name}`);
  return Number(match[1]);
}

export function autosavePreferences(n: number): Preferences {
  return { ...defaultPreferences, defaultSigners: [`签发人${n}`] };
}

export function preferencesNumberOf(preferences: Preferences): number {
  const match = /^签发人(\d+)$/.exec(preferences.defaultSigners[0] ?? '');
  if (!match) throw new Error(`不是崩溃测试保存的设置：${JSON.stringify(preferences.defaultSigners)}`);
  return Number(match[1]);
}
