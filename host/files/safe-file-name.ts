/**
 * File names that are legal on Windows (the users' platform) whatever the title holds:
 * no reserved characters, no device names, no trailing dot or space, bounded length.
 */
const reservedChars = /[<>:"/\\|?*\u0000-\u001F\u007F-\u009F]/g;
/** Invisible marks that reorder or hide text: a name with them reads differently from what it is. */
const invisibleMarks = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
/** Windows treats `NUL .txt` like `NUL`: spaces before the extension do not help. */
const deviceNames = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]) *(\..*)?$/i;
/** Leaves room for the extension, a “（n）” suffix and a deep Documents folder under MAX_PATH. */
const maxStemLength = 80;

export function safeFileStem(title: string, fallback = '未命名公文'): string {
  let stem = title.replace(invisibleMarks, '').replace(/\s+/g, ' ').replace(reservedChars, '_').trim();
  stem = Array.from(stem).slice(0, maxStemLength).join('');
  stem = stem.replace(/[. ]+$/, '');
  if (!stem || /^[_ .]+$/.test(stem)) stem = fallback;
  if (deviceNames.test(stem)) stem = `_${stem}`;
  return stem;
}
