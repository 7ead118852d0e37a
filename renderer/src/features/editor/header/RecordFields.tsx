/** 版记 (§7.4): 抄送 picked from the unit directory, 印发机关 and 印发日期; 信函式 keeps only 抄送 (§10.1). */
import type { DocumentRecord, Form } from '../../../../../core/model/document.ts';
import { DateField } from '../DateField.tsx';
import { NamesField } from './NamesField.tsx';

interface Props {
  form: Form;
  record: DocumentRecord;
  onChange: (patch: Partial<DocumentRecord>) => void;
}

export function RecordFields({ form, record, onChange }: Props) {
  return (
    <div className="record-fields">
      <NamesField
        label="抄送"
        source="record.cc"
        className="field-record"
        names={record.cc}
        separator="，"
        placeholder="市纪委监委办公室，县委办公室"
        pickLabel="选择抄送"
        onChange={(cc) => onChange({ cc })}
      />
      {form !== 'letter' && (
        <>
          <label className="field field-record" data-source-field="record.printer">
            <span className="field-label">印发机关</span>
            <input value={record.printer ?? ''} placeholder="中共某某县纪律检查委员会办公室" onChange={(e) => onChange({ printer: e.target.value || null })} />
          </label>
          <DateField label="印发日期" source="record.printDate" className="field-record" value={record.printDate} onChange={(printDate) => onChange({ printDate })} />
        </>
      )}
    </div>
  );
}
