import { describe, expect, it } from 'vitest';
import { describeIssues } from '../validation/zod.ts';
import { createBlankDocument, GongwenDocumentSchema } from './document.ts';
import { isValidIsoDate } from './iso-date.ts';

describe('GongwenDocumentSchema', () => {
  it('accepts a blank notice', () => {
    expect(GongwenDocumentSchema.parse(createBlankDocument('通知', '2024-03-05'))).toMatchObject({ genre: '通知', signature: { date: '2024-03-05' } });
  });

  it('names every bad field in Chinese', () => {
    const result = GongwenDocumentSchema.safeParse({ ...createBlankDocument('通知'), title: 5, body: [{ type: 'paragraph', content: [{ type: 'text' }] }], extra: true });
    expect(result.success).toBe(false);
    const message = describeIssues(result.error!, '字段');
    expect(message).toContain('字段 title：应为文本，实际是数字');
    expect(message).toContain('字段 body.第1项.content.第1项.text：应为文本，实际是未填写');
    expect(message).toMatch(/extra/);
  });

  it('refuses dates that are not on the calendar', () => {
    const result = GongwenDocumentSchema.safeParse({ ...createBlankDocument('通知'), signature: { ...createBlankDocument('通知').signature, date: '2023-02-29' } });
    expect(result.success).toBe(false);
  });
});

describe('isValidIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['1900-02-29', false],
    ['2000-02-29', true],
    ['2024-13-01', false],
    ['2024-04-31', false],
    ['2024-4-3', false],
    ['2024-03-05T00:00', false],
  ])('%s → %s', (value, expected) => {
    expect(isValidIsoDate(value)).toBe(expected);
  });
});
