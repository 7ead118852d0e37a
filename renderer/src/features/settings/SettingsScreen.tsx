/**
 * 设置: the organ's names and 代字, the font profile, holidays, the unit directory and the shared
 * pack source, saved together; the data folder, the signing key and trusted publishers, which take effect at once.
 */
import { useState } from 'react';
import type { Preferences } from '../../../../core/api/preferences.ts';
import { fontProfileIds, fontProfiles, type FontProfileId } from '../../../../core/layout/font-profiles.ts';
import { callApi } from '../../api/call-api.ts';
import { SelectField } from '../editor/header/SelectField.tsx';
import { SigningKeySection } from '../packs/SigningKeySection.tsx';
import { TrustedPublishersSection } from '../packs/TrustedPublishersSection.tsx';
import { DataFolderSection } from './DataFolderSection.tsx';
import { HolidaySection } from './HolidaySection.tsx';
import { OrganSection } from './OrganSection.tsx';
import { PackSourceSection } from './PackSourceSection.tsx';
import { draftOf, preferencesOf, type SettingsDraft } from './settings-draft.ts';
import { UnitDirectorySection } from './UnitDirectorySection.tsx';
import './settings.css';

interface Props {
  preferences: Preferences;
  onSaved: (preferences: Preferences) => void;
  onClose: () => void;
  /** Opened from 模板包 to manage keys: the signing key section takes the focus. */
  openAt?: 'signing' | null;
}

type Status = { kind: 'idle' } | { kind: 'saved' } | { kind: 'problems'; problems: string[] };

export function SettingsScreen({ preferences, onSaved, onClose, openAt = null }: Props) {
  const [draft, setDraftState] = useState<SettingsDraft>(() => draftOf(preferences));
  const [shown, setShown] = useState(preferences);
  // Settings read again after the screen opened (a pack install merged units) replace an unedited draft.
  if (preferences !== shown) {
    setShown(preferences);
    if (JSON.stringify(draft) === JSON.stringify(draftOf(shown))) setDraftState(draftOf(preferences));
  }
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const setDraft = (next: SettingsDraft) => {
    setDraftState(next);
    if (status.kind === 'saved') setStatus({ kind: 'idle' });
  };

  const save = async () => {
    const result = preferencesOf(draft);
    if (!result.ok) {
      setStatus({ kind: 'problems', problems: result.problems });
      return;
    }
    try {
      const saved = await callApi('setPreferences', result.preferences);
      onSaved(saved);
      setDraftState(draftOf(saved));
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'problems', problems: [error instanceof Error ? error.message : String(error)] });
    }
  };

  return (
    <section className="settings" aria-labelledby="settings-title">
      <div className="settings-head">
        <h1 id="settings-title">设置</h1>
        <button type="button" className="primary" onClick={() => void save()}>
          保存设置
        </button>
        <button type="button" onClick={onClose}>
          返回
        </button>
      </div>
      {status.kind === 'problems' && (
        <div role="alert" className="settings-problems">
          设置未保存，请修改以下内容：
          <ul>
            {status.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {status.kind === 'saved' && (
        <p role="status" className="settings-saved">
          设置已保存。
        </p>
      )}
      <OrganSection draft={draft} onChange={setDraft} />
      <section className="settings-section" aria-labelledby="settings-fonts">
        <h2 id="settings-fonts">字体</h2>
        <SelectField
          label="导出时默认的字体方案"
          className="settings-select"
          value={draft.fontProfile}
          onChange={(fontProfile) => setDraft({ ...draft, fontProfile: fontProfile as FontProfileId })}
        >
          {fontProfileIds.map((id) => (
            <option key={id} value={id}>
              {fontProfiles[id].label}（{fontProfiles[id].fangsong}）
            </option>
          ))}
        </SelectField>
      </section>
      <UnitDirectorySection draft={draft} onChange={setDraft} />
      <HolidaySection draft={draft} onChange={setDraft} />
      <PackSourceSection draft={draft} onChange={setDraft} />
      <DataFolderSection />
      <SigningKeySection focusOnOpen={openAt === 'signing'} />
      <TrustedPublishersSection />
    </section>
  );
}
