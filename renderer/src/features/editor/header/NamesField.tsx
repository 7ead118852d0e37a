/** A list of organs typed in one line (顿号 between them), with a picker over the unit directory beside it. */
import { useState } from 'react';
import { usePreferences } from '../../settings/preferences-context.ts';
import { joinNames, splitNames } from './names.ts';
import { UnitPicker } from './UnitPicker.tsx';

interface Props {
  label: string;
  /** The model element, for jumping here from a checker finding. */
  source: string;
  names: string[];
  onChange: (names: string[]) => void;
  placeholder: string;
  className?: string;
  separator?: string;
  /** The picker button's text; its name says which list it fills. */
  pickLabel: string;
}

export function NamesField({ label, source, names, onChange, placeholder, className, separator = '、', pickLabel }: Props) {
  const { units } = usePreferences();
  const [picking, setPicking] = useState(false);
  return (
    <div className={`field field-names ${className ?? ''}`} data-source-field={source}>
      <label className="names-input">
        <span className="field-label">{label}</span>
        <input value={joinNames(names, separator)} placeholder={placeholder} onChange={(e) => onChange(splitNames(e.target.value))} />
      </label>
      <button type="button" className="pick-button" onClick={() => setPicking(true)}>
        {pickLabel}
      </button>
      {picking && <UnitPicker title={`从单位名录${pickLabel}`} units={units} selected={names} onApply={onChange} onClose={() => setPicking(false)} />}
    </div>
  );
}
