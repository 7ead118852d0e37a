import { describe, expect, it } from 'vitest';
import { defaultPreferences } from '../api/preferences.ts';
import { createBlankDocument } from '../model/document.ts';
import { withHouseDefaults } from './house-defaults.ts';

const preferences = {
  ...defaultPreferences,
  organ: { fullName: '中共示范县纪律检查委员会', signatureName: '', printer: '中共示范县纪律检查委员会办公室' },
  defaultSigners: ['张某某'],
};

describe('withHouseDefaults', () => {
  it('fills 发文机关, 署名 and 印发机关 of a blank notice; 签发人 only on 上行文', () => {
    const notice = withHouseDefaults(createBlankDocument('通知'), preferences);
    expect(notice.header.organs).toEqual(['中共示范县纪律检查委员会']);
    expect(notice.signature.organs).toEqual(['中共示范县纪律检查委员会']);
    expect(notice.record.printer).toBe('中共示范县纪律检查委员会办公室');
    expect(notice.header.signers).toEqual([]);
    expect(withHouseDefaults(createBlankDocument('请示'), preferences).header.signers).toEqual(['张某某']);
  });

  it('leaves a draft blank where settings are empty', () => {
    expect(withHouseDefaults(createBlankDocument('通知'), defaultPreferences)).toEqual(createBlankDocument('通知'));
  });
});
