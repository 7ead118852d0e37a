/**
 * `fonts.conf` covers every font name the writer can emit (all three font profiles): each
 * resolves, under FONTCONFIG_FILE, to the stand-in of its role rather than a fallback.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fontProfiles } from '../../core/layout/font-profiles.ts';
import type { FontRole } from './corpus/corpus-entry.ts';
import { renderFontsConf } from './soffice.ts';

const standInFamilies: Record<FontRole, string> = {
  fangsong: 'Noto Serif CJK SC:Light',
  kaiti: 'AR PL UKai CN:Book',
  heiti: 'Noto Sans CJK SC:Regular',
  xiaobiaosong: 'Noto Serif CJK SC:Bold',
  songti: 'AR PL UMing CN:Light',
  latin: 'Liberation Serif:Regular',
};

const roles = Object.keys(standInFamilies) as FontRole[];
const cases = [...new Set(Object.values(fontProfiles).flatMap((profile) => roles.map((role) => `${role}\u0000${profile[role]}`)))].map((key) => key.split('\u0000') as [FontRole, string]);

/** fc-match pattern syntax treats - : , \ as separators, so they are escaped. */
const escapePattern = (name: string) => name.replace(/[-:,\\]/g, (char) => `\\${char}`);

describe('fonts.conf', () => {
  it.each(cases.map(([role, name]) => [name, role] as const))('%s（%s）映射到替代字体', (name, role) => {
    const matched = execFileSync('fc-match', ['--format=%{family[0]}:%{style[0]}', escapePattern(name)], { env: { ...process.env, FONTCONFIG_FILE: renderFontsConf }, encoding: 'utf8' });
    expect(matched).toBe(standInFamilies[role]);
  });
});
