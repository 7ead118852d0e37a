import { describe, expect, it } from 'vitest';
import { guessSequence } from './number-sequence-guess.ts';

describe('guessing the 文号 sequence from what was typed', () => {
  it('reads the 机关代字 and year from a full or half-typed number', () => {
    expect(guessSequence('某纪发〔2024〕12号')).toEqual({ prefix: '某纪发', year: 2024 });
    expect(guessSequence('某纪发〔2025〕')).toEqual({ prefix: '某纪发', year: 2025 });
    expect(guessSequence('某监建［２０２３］')).toEqual({ prefix: '某监建', year: 2023 });
    expect(guessSequence('某纪发')).toEqual({ prefix: '某纪发', year: null });
  });

  it('guesses nothing from an empty field or a bad prefix', () => {
    expect(guessSequence(null)).toEqual({ prefix: null, year: null });
    expect(guessSequence('')).toEqual({ prefix: null, year: null });
    expect(guessSequence('〔2024〕5号')).toEqual({ prefix: null, year: null });
    expect(guessSequence('某纪发〔1800〕')).toEqual({ prefix: '某纪发', year: null });
  });
});
