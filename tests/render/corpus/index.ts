/**
 * The render corpus: every form and size the writer must lay out, plus the full 文件式 sample
 * again under the Windows and 信创 font profiles (line breaks must not depend on font names).
 */
import type { CorpusEntry } from './corpus-entry.ts';
import { otherFormEntries } from './other-forms.ts';
import { redHeadEntries } from './red-head.ts';

const fullSample = redHeadEntries.find((entry) => entry.name === 'file-full');

const profileVariants: CorpusEntry[] = fullSample
  ? (['windows', 'xinchuang'] as const).map((fontProfile) => ({ ...fullSample, name: `file-full-${fontProfile}`, description: `${fullSample.description}（${fontProfile} 字体方案）`, options: { fontProfile } }))
  : [];

export const corpus: CorpusEntry[] = [...redHeadEntries, ...otherFormEntries, ...profileVariants];
