import { describe, expect, it } from 'vitest';
import { percentile, summarise } from './figure.ts';

describe('summarise', () => {
  it('gives min, median and max', () => {
    expect(summarise([5, 1, 3])).toEqual({ min: 1, median: 3, max: 5 });
    expect(summarise([4, 1, 3, 2])).toEqual({ min: 1, median: 2.5, max: 4 });
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeNaN();
  });
});
