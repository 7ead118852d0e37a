import { describe, expect, it } from 'vitest';
import { safeFileStem } from './safe-file-name.ts';

describe('safeFileStem', () => {
  it.each([
    ['关于印发《实施办法》的通知', '关于印发《实施办法》的通知'],
    ['关于/印发\\方案:的"通知"?', '关于_印发_方案_的_通知__'],
    ['CON', '_CON'],
    ['com1.txt', '_com1.txt'],
    ['a.', 'a'],
    ['通知 . ', '通知'],
    ['', '未命名公文'],
    ['...', '未命名公文'],
    ['a\u0000b\tc', 'a_b c'],
    ['NUL .docx', '_NUL .docx'],
    ['lpt9', '_lpt9'],
    ['Aux.通知', '_Aux.通知'],
    ['  通知  ', '通知'],
    ['通知\u0085附件', '通知_附件'],
    ['通知\u202E\u200B名单', '通知名单'],
    ['<通知>|*', '_通知___'],
  ])('%j → %j', (title, stem) => {
    expect(safeFileStem(title)).toBe(stem);
  });

  it('caps long titles by characters, never splitting a surrogate pair', () => {
    const stem = safeFileStem('𠀀'.repeat(200));
    expect(Array.from(stem)).toHaveLength(80);
    expect(stem).toBe('𠀀'.repeat(80));
  });
});
