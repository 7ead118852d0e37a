import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { createBlankDocument } from '../model/document.ts';
import { inlineText } from '../model/inline.ts';
import { longSpeech } from '../../tests/fixtures/import/long-speech.ts';
import { importPlainText, printsDraftBack } from './import-text.ts';
import { splitLines } from './source-text.ts';
import * as recognise from './recognise.ts';

const speech = readFileSync(new URL('../../tests/fixtures/import/speech-warning-education.txt', import.meta.url), 'utf8');

describe('importPlainText', () => {
  it('reads Windows line endings, blank lines and any indentation the same as clean text', () => {
    const messy = speech
      .split('\n')
      .map((line, i) => `${['', '    ', '\t', '　　 '][i % 4]}${line}${i % 3 === 0 ? '  ' : ''}`)
      .join('\r\n\r\n');
    expect(importPlainText(messy).document).toEqual(importPlainText(speech).document);
  });

  it('keeps (一) typed with half-width brackets as text, and later sections too, without losing a character', () => {
    const text = speech.replaceAll('（一）', '(一)');
    const result = importPlainText(text);
    expect(printsDraftBack(splitLines(text), result)).toBe(true);
    expect(result.document.body.some((b) => b.type === 'heading' && b.level === 2)).toBe(false);
    expect(result.notices.filter((n) => n.kind === 'ordinalKeptAsText').map((n) => n.kind === 'ordinalKeptAsText' && n.typed)).toEqual(['(一)', '（二）', '（三）', '(一)', '（二）', '（三）', '(一)', '（二）', '（三）']);
  });

  it('imports a 100-page speech (timed in bench/import.bench.ts)', () => {
    const text = longSpeech(100);
    expect(text.replace(/\s/g, '').length).toBeGreaterThan(100 * 22 * 28);
    const result = importPlainText(text);
    expect(result.notices).toEqual([]);
    expect(result.document.body.filter((b) => b.type === 'heading' && b.level === 1).length).toBeGreaterThan(20);
  });

  it('falls back to plain paragraphs, keeping every character, if recognition ever garbles the text', () => {
    const spy = vi.spyOn(recognise, 'recogniseDocument').mockImplementation((source) => {
      const honest = recognise.meaningfulParagraphs(source);
      return { document: { ...createBlankDocument('其他'), title: honest.map((p) => p.text).reverse().join('') }, notices: [] };
    });
    try {
      const result = importPlainText('甲\n乙');
      expect(result.notices).toEqual([{ kind: 'recognitionFallback' }]);
      expect(result.document.body.map((b) => b.type === 'paragraph' && inlineText(b.content))).toEqual(['甲', '乙']);
    } finally {
      spy.mockRestore();
    }
  });
});
