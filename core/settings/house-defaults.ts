/** A new blank draft starts with the office's names from settings instead of empty fields. */
import type { Preferences } from '../api/preferences.ts';
import type { GongwenDocument } from '../model/document.ts';

/** 上行文 carry 签发人 on the 文号 line (GB/T 9704 §7.2.5). */
export const upwardGenres: readonly GongwenDocument['genre'][] = ['报告', '请示'];

const present = (name: string) => (name.trim() ? [name.trim()] : []);

export function withHouseDefaults(document: GongwenDocument, preferences: Preferences): GongwenDocument {
  const { organ, defaultSigners } = preferences;
  const letterhead = document.form !== 'plain';
  return {
    ...document,
    header: {
      ...document.header,
      organs: letterhead ? present(organ.fullName) : document.header.organs,
      signers: upwardGenres.includes(document.genre) ? [...defaultSigners] : document.header.signers,
    },
    signature: { ...document.signature, organs: present(organ.signatureName || organ.fullName) },
    record: { ...document.record, printer: letterhead && organ.printer.trim() ? organ.printer.trim() : document.record.printer },
  };
}
