import { describe, expect, it } from 'vitest';
import { CharFlag, charFlags, isLatinWordChar, Script, scriptOf, spacingClass } from './char-class.ts';

const code = (ch: string) => ch.codePointAt(0)!;

describe('scriptOf', () => {
  it('classes characters by Unicode block as LibreOffice does', () => {
    expect(scriptOf(code('纪'))).toBe(Script.Asian);
    expect(scriptOf(code('，'))).toBe(Script.Asian);
    expect(scriptOf(code('〔'))).toBe(Script.Asian);
    expect(scriptOf(code('𠀀'))).toBe(Script.Asian);
    expect(scriptOf(code('A'))).toBe(Script.Latin);
    expect(scriptOf(code('·'))).toBe(Script.Latin);
    for (const weak of [' ', '“', '—', '…', '★', '℃', '①']) expect(scriptOf(code(weak))).toBe(Script.Weak);
  });
});

describe('charFlags', () => {
  it('carries the zh-CN line-start and line-end lists and the hanging marks', () => {
    for (const ch of '。，、；：？！”）》〕') expect(charFlags(code(ch)) & CharFlag.ForbiddenBegin).not.toBe(0);
    for (const ch of '“（《〔') expect(charFlags(code(ch)) & CharFlag.ForbiddenEnd).not.toBe(0);
    for (const ch of '。，、：；？！') expect(charFlags(code(ch)) & CharFlag.Hanging).not.toBe(0);
    expect(charFlags(code('”')) & CharFlag.Hanging).toBe(0);
    expect(charFlags(code('纪'))).toBe(0);
    // LibreOffice lets …… and — start a line.
    expect(charFlags(code('…'))).toBe(0);
    expect(charFlags(code('—'))).toBe(0);
  });
});

describe('spacingClass and isLatinWordChar', () => {
  it('separates letters and digits from ideographs, and leaves punctuation out', () => {
    expect(spacingClass(code('2'), Script.Latin)).toBe(1);
    expect(spacingClass(code('纪'), Script.Asian)).toBe(2);
    expect(spacingClass(code('１'), Script.Asian)).toBe(2);
    expect(spacingClass(code('★'), Script.Asian)).toBe(0);
    expect(spacingClass(code('.'), Script.Latin)).toBe(0);
  });

  it('keeps Latin letters, digits and their marks in one word, never Chinese', () => {
    expect(isLatinWordChar(code('@'))).toBe(true);
    expect(isLatinWordChar(code(' '))).toBe(false);
    expect(isLatinWordChar(code('纪'))).toBe(false);
  });
});
