/** The 文种 a draft's title (or a speech's subtitle) names, by the word it ends with. */
import type { Genre } from '../model/document.ts';

const endings: readonly [RegExp, Genre][] = [
  [/整改通知书$/u, '整改通知书'],
  [/建议书?$/u, '建议书'],
  [/(?:讲话|致辞|发言|讲稿)$/u, '讲话稿'],
  [/工作报告$/u, '工作报告'],
  [/(?:总结|工作打算)$/u, '工作总结'],
  [/通知$/u, '通知'],
  [/通报$/u, '通报'],
  [/请示$/u, '请示'],
  [/批复$/u, '批复'],
  [/报告$/u, '报告'],
  [/意见$/u, '意见'],
  [/决定$/u, '决定'],
  [/纪要$/u, '纪要'],
  [/函$/u, '函'],
];

export function genreOf(titleLines: readonly string[], subtitle: string | null): Genre {
  for (const text of [subtitle ?? '', titleLines.join('')]) {
    const words = text.replace(/\s+/gu, '');
    const found = endings.find(([pattern]) => pattern.test(words));
    if (found) return found[1];
  }
  return '其他';
}
