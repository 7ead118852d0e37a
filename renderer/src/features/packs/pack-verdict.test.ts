import { describe, expect, it } from 'vitest';
import type { PackReport } from '../../../../core/api/contract-packs.ts';
import type { PackSummary } from '../../../../core/pack/pack-summary.ts';
import { relationText, verdictOf, versionRelation } from './pack-verdict.ts';

const pack = (version: string): PackSummary => ({
  id: 'xx-county.jw',
  name: '县纪委模板包',
  version,
  publisher: '某县纪委办公室',
  created: '2026-03-01',
  description: null,
  signature: { status: 'unsigned', keyId: null, trustedAs: null },
  templates: [],
  phraseBooks: [],
  units: 0,
  samples: [],
  hasLetterhead: false,
  laws: [],
  files: 1,
  previousVersion: null,
  installedAt: null,
});

const report = (overrides: Partial<PackReport>): PackReport => ({ sound: true, problems: [], warnings: [], pack: pack('1.2.0'), installedVersion: null, ...overrides });

describe('versionRelation', () => {
  it('compares numerically, not as text', () => {
    expect(versionRelation('1.10.0', '1.9.0')).toEqual({ kind: 'upgrade', installed: '1.9.0' });
    expect(versionRelation('1.9.0', '1.10.0')).toEqual({ kind: 'downgrade', installed: '1.10.0' });
    expect(versionRelation('1.0.0', '1.0.0')).toEqual({ kind: 'same', installed: '1.0.0' });
    expect(versionRelation('1.0.0', null)).toEqual({ kind: 'new' });
  });

  it('names both versions of an upgrade', () => {
    expect(relationText('2.0.0', { kind: 'upgrade', installed: '1.3.1' })).toBe('升级：本机已安装 1.3.1，将升级到 2.0.0');
  });
});

describe('verdictOf', () => {
  it('refuses a pack that failed its checks', () => {
    expect(verdictOf(report({ sound: false, problems: ['“../evil.json”含有“..”'], pack: null }))).toEqual({ kind: 'refused' });
  });

  it('blocks the installed version and older ones', () => {
    expect(verdictOf(report({ installedVersion: '1.2.0' })).kind).toBe('blocked');
    expect(verdictOf(report({ installedVersion: '1.3.0' }))).toMatchObject({ kind: 'blocked', reason: expect.stringContaining('回退') });
  });

  it('asks for acceptance only when there are warnings', () => {
    expect(verdictOf(report({ installedVersion: '1.1.0' }))).toEqual({ kind: 'installable', needsAcceptance: false });
    expect(verdictOf(report({ warnings: ['模板包“县纪委模板包”没有签名'] }))).toEqual({ kind: 'installable', needsAcceptance: true });
  });
});
