/**
 * Changing a draft's 版式 (文件式/信函式/纪要式/白头材料). Nothing typed is dropped: the
 * byline and the 纪要 lists stay in the draft when another form is chosen (the typesetter
 * prints them only for their own form), so switching back brings them back as they were.
 */
import type { Form, GongwenDocument } from './document.ts';

/** The word after the organ name in the 发文机关标志: …文件, …纪要; 信函式 prints the name alone. */
export const markSuffixFor: Record<Form, GongwenDocument['header']['markSuffix']> = { file: '文件', letter: '', minutes: '纪要', plain: '' };

export function switchForm(document: GongwenDocument, form: Form): GongwenDocument {
  if (form === document.form) return document;
  return {
    ...document,
    form,
    header: { ...document.header, markSuffix: form === 'plain' ? document.header.markSuffix : markSuffixFor[form] },
    byline: form === 'plain' ? (document.byline ?? { subtitle: null, speaker: null, date: null }) : document.byline,
    minutes: form === 'minutes' ? (document.minutes ?? { present: [], absent: [], attending: [] }) : document.minutes,
  };
}
