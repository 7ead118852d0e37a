import { describe, expect, it } from 'vitest';
import { autoSpace, charAdvance } from './char-advance.ts';
import { Script, scriptOf, spacingClass } from './char-class.ts';

const advance = (ch: string, latinContext = false, font: 'fangsong' | 'songti' = 'fangsong', size = 32, spacing = -5, bold = false) => {
  const code = ch.codePointAt(0)!;
  return charAdvance(code, scriptOf(code), latinContext, font, size, bold, spacing);
};

describe('charAdvance', () => {
  it('gives Chinese characters and full-width punctuation one em plus the character spacing', () => {
    expect(advance('纪')).toBe(315);
    expect(advance('，')).toBe(315);
    expect(advance('《')).toBe(315);
    expect(advance('纪', false, 'fangsong', 44, 0)).toBe(440);
  });

  it('measures digits and Latin letters in Times New Roman', () => {
    expect(advance('2')).toBe(155);
    expect(advance('A')).toBe(Math.round((1479 * 320) / 2048) - 5);
    expect(advance('A', false, 'fangsong', 32, -5, true)).toBe(Math.round((1479 * 320) / 2048) - 5);
    expect(advance('m')).toBe(Math.round((1593 * 320) / 2048) - 5);
  });

  it('sets quotes and dashes after Chinese text in the Chinese font, after Latin text in Times', () => {
    expect(advance('“', false)).toBe(315);
    expect(advance('“', true)).toBe(Math.round((909 * 320) / 2048) - 5);
    expect(advance('—', false)).toBe(315);
  });

  it('sets 宋体 page-number digits half an em and the dashes a full em', () => {
    expect(advance('1', true, 'songti', 28, 0)).toBe(140);
    expect(advance(' ', true, 'songti', 28, 0)).toBe(140);
    expect(advance('—', false, 'songti', 28, 0)).toBe(280);
  });

  it('puts a fifth of the font height between Chinese characters and Latin letters or digits', () => {
    expect(autoSpace(32, -5)).toBe(69);
    expect(autoSpace(44, 0)).toBe(88);
    expect(spacingClass('纪'.codePointAt(0)!, Script.Asian)).not.toBe(spacingClass('2'.codePointAt(0)!, Script.Latin));
    expect(spacingClass('，'.codePointAt(0)!, Script.Asian)).toBe(0);
    expect(spacingClass('%'.codePointAt(0)!, Script.Latin)).toBe(0);
  });
});
