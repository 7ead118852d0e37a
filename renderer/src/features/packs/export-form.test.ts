import { describe, expect, it } from 'vitest';
import { checkExportForm, nextVersion, type ExportForm } from './export-form.ts';

const form = (overrides: Partial<ExportForm> = {}): ExportForm => ({
  id: 'xx-county.jw',
  name: '县纪委模板包',
  version: '1.0.0',
  publisher: '某县纪委办公室',
  description: '',
  templateIds: ['qingshi'],
  includePhrases: false,
  includeUnits: true,
  includeLetterhead: false,
  sign: true,
  ...overrides,
});

describe('checkExportForm', () => {
  it('makes a request, trimming and dropping an empty description', () => {
    const check = checkExportForm(form({ id: ' xx-county.jw ', version: '１.２.０' }), '2026-03-01');
    expect(check).toEqual({ ok: true, request: { ...form({ version: '1.2.0' }), description: undefined, created: '2026-03-01' } });
  });

  it('names each bad field once, in Chinese', () => {
    const check = checkExportForm(form({ id: 'XX County', name: ' ', version: 'v1', publisher: '', templateIds: [] }), '2026-03-01');
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.problems.id).toContain('小写字母');
    expect(check.problems.name).toBe('请填写模板包名称');
    expect(check.problems.version).toContain('1.2.0');
    expect(check.problems.publisher).toBe('请填写发布单位');
    expect(check.problems.templateIds).toBe('请至少选择一个模板');
  });
});

describe('nextVersion', () => {
  it('bumps the minor version', () => {
    expect(nextVersion('1.2.3')).toBe('1.3.0');
    expect(nextVersion('0.9.0')).toBe('0.10.0');
  });
});
