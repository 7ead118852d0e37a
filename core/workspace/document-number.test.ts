import { describe, expect, it } from 'vitest';
import { DocumentNumberPrefixSchema, formatDocumentNumber, parseDocumentNumber } from './document-number.ts';

describe('文号', () => {
  it('prints the year in 〔〕 and the serial without leading zeros', () => {
    expect(formatDocumentNumber({ prefix: '某纪发', year: 2024, serial: 5 })).toBe('某纪发〔2024〕5号');
  });

  it('parses what it prints and the brackets people type instead', () => {
    expect(parseDocumentNumber('某纪发〔2024〕12号')).toEqual({ prefix: '某纪发', year: 2024, serial: 12 });
    expect(parseDocumentNumber('某纪发[2024]12号')).toEqual({ prefix: '某纪发', year: 2024, serial: 12 });
    expect(parseDocumentNumber('某监建【2023】第3号')).toEqual({ prefix: '某监建', year: 2023, serial: 3 });
    expect(parseDocumentNumber(' 某纪发（2024）007号 ')).toEqual({ prefix: '某纪发', year: 2024, serial: 7 });
    expect(parseDocumentNumber('某纪发［２０２４］１２号')).toEqual({ prefix: '某纪发', year: 2024, serial: 12 });
  });

  it('refuses text that is not a 文号', () => {
    expect(parseDocumentNumber('关于做好工作的通知')).toBeNull();
    expect(parseDocumentNumber('某纪发〔24〕5号')).toBeNull();
    expect(parseDocumentNumber('某纪发〔2024〕0号')).toBeNull();
    expect(parseDocumentNumber('〔2024〕5号')).toBeNull();
  });

  it('refuses a 机关代字 with brackets or digits, in Chinese', () => {
    const result = DocumentNumberPrefixSchema.safeParse('某纪〔发');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('机关代字');
  });
});
