/** 份号, 密级 with 保密期限, and 紧急程度: the lines stacked top left above the 发文机关标志 (§7.2.1–7.2.3). */
import { useEffect, useState } from 'react';
import type { Header } from '../../../../../core/model/document.ts';
import { SelectField } from './SelectField.tsx';

interface Props {
  header: Header;
  onChange: (patch: Partial<Header>) => void;
}

/** 份号 is six digits; a shorter number typed is padded (1 → 000001), anything else is shown as an error and not stored. */
function CopyNumberField({ value, onChange }: { value: string | null; onChange: (copyNumber: string | null) => void }) {
  const [text, setText] = useState(value ?? '');
  const [invalid, setInvalid] = useState(false);
  useEffect(() => setText(value ?? ''), [value]);
  const commit = () => {
    const digits = text.normalize('NFKC').trim();
    if (digits === '') {
      setInvalid(false);
      onChange(null);
      return;
    }
    const ok = /^\d{1,6}$/.test(digits);
    setInvalid(!ok);
    if (ok) {
      const padded = digits.padStart(6, '0');
      setText(padded);
      onChange(padded);
    }
  };
  return (
    <label className="security-item" data-source-field="header.copyNumber">
      份号
      <input
        className="copy-number"
        value={text}
        placeholder="000001"
        inputMode="numeric"
        aria-invalid={invalid}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
      {invalid && (
        <span role="alert" className="field-error">
          份号应为 1–6 位数字（如 000001），“{text}”未保存
        </span>
      )}
    </label>
  );
}

export function SecurityFields({ header, onChange }: Props) {
  const secrecy = header.secrecy;
  return (
    <div className="security-fields" role="group" aria-label="版头标识">
      <CopyNumberField value={header.copyNumber} onChange={(copyNumber) => onChange({ copyNumber })} />
      <SelectField
        label="密级"
        className="security-item"
        source="header.secrecy"
        value={secrecy?.level ?? ''}
        onChange={(value) => {
          const level = value as NonNullable<Header['secrecy']>['level'] | '';
          onChange({ secrecy: level ? { level, term: secrecy?.term ?? null } : null });
        }}
      >
        <option value="">无</option>
        <option value="秘密">秘密</option>
        <option value="机密">机密</option>
        <option value="绝密">绝密</option>
      </SelectField>
      {secrecy && (
        <label className="security-item">
          保密期限
          <input className="secrecy-term" value={secrecy.term ?? ''} placeholder="1年" onChange={(e) => onChange({ secrecy: { ...secrecy, term: e.target.value || null } })} />
        </label>
      )}
      <SelectField
        label="紧急程度"
        className="security-item"
        source="header.urgency"
        value={header.urgency ?? ''}
        onChange={(value) => onChange({ urgency: (value || null) as Header['urgency'] })}
      >
        <option value="">无</option>
        <option value="加急">加急</option>
        <option value="特急">特急</option>
      </SelectField>
    </div>
  );
}
