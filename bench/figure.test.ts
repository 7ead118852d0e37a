import { describe, expect, it } from 'vitest';
import { summarise } from './figure.ts';

describe('summarise', () => {
  it('gives min, median and max', () => {
    expect(summarise([5, 1, 3])).toEqual({ min: 1, median: 3, max: 5 });
    expect(summarise([4, 1, 3, 2])).toEqual({ min: 1, median: 2.5, max: 4 });
  });
});
