import { describe, expect, it } from 'vitest';
import { noPoisoning } from './no-poisoning.ts';

describe('noPoisoning', () => {
  it('passes when nothing global was touched', () => {
    expect(() => noPoisoning()).not.toThrow();
  });

  it('fails on a key written to Object.prototype and puts the prototype back', () => {
    Object.assign(Object.prototype, { polluted: 'yes' });
    expect(() => noPoisoning()).toThrow(/Poisoning detected/);
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
  });

  it('fails on a built-in method replaced and restores the original', () => {
    const original = Array.prototype.map;
    Array.prototype.map = function map() {
      return [];
    };
    expect(() => noPoisoning()).toThrow(/Poisoning detected/);
    expect(Array.prototype.map).toBe(original);
  });
});
