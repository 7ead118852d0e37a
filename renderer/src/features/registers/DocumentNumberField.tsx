/** 发文字号 in the header form, with 取号 (the register's next number) and 定稿 beside it. */
import { useState } from 'react';
import { NumberDialog } from './NumberDialog.tsx';
import './registers.css';

interface Props {
  value: string | null;
  onChange: (value: string | null) => void;
}

export function DocumentNumberField({ value, onChange }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <div className="field field-number document-number-field" data-source-field="header.documentNumber">
      <label>
        <span className="field-label">发文字号</span>
        <input value={value ?? ''} placeholder="某纪发〔2024〕1号" onChange={(e) => onChange(e.target.value || null)} />
      </label>
      <span className="number-actions">
        <button type="button" onClick={() => setOpen(true)} title="查看文号登记簿的下一个文号，或定稿并登记文号">
          取号 / 定稿
        </button>
      </span>
      {open && <NumberDialog current={value} onPropose={(number) => onChange(number)} onClose={() => setOpen(false)} />}
    </div>
  );
}
