import { describe, expect, it } from 'vitest';
import { excelSerialToIso } from './excel-serial.ts';

describe('excelSerialToIso', () => {
  it('counts the 1900 system from 1900-01-01 and skips the phantom leap day', () => {
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(60)).toBeNull();
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(45000)).toBe('2023-03-15');
    expect(excelSerialToIso(45356)).toBe('2024-03-05');
  });

  it('drops the time of day, rounding only what is within half a millisecond of midnight', () => {
    expect(excelSerialToIso(45000.5)).toBe('2023-03-15');
    expect(excelSerialToIso(45000.999)).toBe('2023-03-15');
    expect(excelSerialToIso(45000.9999999999)).toBe('2023-03-16');
  });

  it('counts the 1904 system from 1904-01-01 as day 0', () => {
    expect(excelSerialToIso(0, 1904)).toBe('1904-01-01');
    expect(excelSerialToIso(43894, 1904)).toBe('2024-03-05');
  });

  it('refuses serials Excel shows as no date', () => {
    expect(excelSerialToIso(0)).toBeNull();
    expect(excelSerialToIso(-1)).toBeNull();
    expect(excelSerialToIso(2_958_466)).toBeNull();
    expect(excelSerialToIso(2_958_465)).toBe('9999-12-31');
    expect(excelSerialToIso(Number.NaN)).toBeNull();
  });
});
