/**
 * The save dialog's section list: each section optional (with a condition) or required, repeatable or
 * not, printed once per row of an imported ledger or as written, with its guidance.
 */
import type { SectionSettingArg } from '../../../../core/api/contract-authoring.ts';
import { LedgerChoice } from '../gaps/LedgerChoice.tsx';
import { useLedgers, type LedgersState } from '../gaps/use-ledgers.ts';

interface Props {
  sections: SectionSettingArg[];
  /** Field names the draft marks, for a condition. */
  fieldKeys: string[];
  onChange: (sections: SectionSettingArg[]) => void;
}

export function SectionSettings({ sections, fieldKeys, onChange }: Props) {
  const ledgers = useLedgers();
  const change = (index: number, next: Partial<SectionSettingArg>) => onChange(sections.map((section, i) => (i === index ? { ...section, ...next } : section)));
  return (
    <div className="section-settings" role="group" aria-label="段落设置">
      {sections.map((section, index) => {
        const conditionField = section.condition?.field ?? '';
        return (
          <fieldset key={`${section.label}-${index}`} className="section-setting">
            <legend>{section.label}</legend>
            <div className="section-setting-row">
              <label>
                <input
                  type="checkbox"
                  checked={!section.required || section.condition !== null}
                  disabled={section.condition !== null}
                  onChange={(e) => change(index, { required: !e.target.checked })}
                />
                可选
              </label>
              <label>
                <input type="checkbox" checked={section.repeatable} onChange={(e) => change(index, { repeatable: e.target.checked })} />
                可重复
              </label>
              <label>
                印出条件
                <select
                  value={conditionField}
                  onChange={(e) => change(index, { condition: e.target.value ? { field: e.target.value, test: 'filled' } : null, ...(e.target.value ? { required: false } : {}) })}
                >
                  <option value="">总是印出</option>
                  {[...new Set([...fieldKeys, ...(conditionField ? [conditionField] : [])])].map((key) => (
                    <option key={key} value={key}>
                      “{key}”已填写时
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <RowRepeat ledgers={ledgers} section={section} onChange={(repeatLedger) => change(index, { repeatLedger })} />
            <label className="modal-field">
              写作提示（只在编辑时显示，不会印出）
              <textarea rows={2} value={section.guidance} onChange={(e) => change(index, { guidance: e.target.value })} />
            </label>
          </fieldset>
        );
      })}
    </div>
  );
}

/** 按台账逐行印出: the section (below its heading) once per ledger row; its {{列名}} and fields named as columns read the row. */
function RowRepeat({ ledgers, section, onChange }: { ledgers: LedgersState; section: SectionSettingArg; onChange: (repeat: SectionSettingArg['repeatLedger']) => void }) {
  const bound = section.repeatLedger ?? null;
  if (section.keptRepeat && !bound) {
    return (
      <p className="section-setting-row section-repeat">
        按台账“{section.keptRepeat}”逐行印出（沿用模板原有的设置，保存后仍逐行印出）
      </p>
    );
  }
  if (ledgers.status !== 'ready' || ledgers.ledgers.length === 0) return null;
  const first = ledgers.ledgers[0]!;
  return (
    <div className="section-setting-row section-repeat">
      <label>
        <input type="checkbox" checked={bound !== null} onChange={(e) => onChange(e.target.checked ? { datasetId: first.datasetId } : null)} />
        按台账逐行印出
      </label>
      {bound && (
        <>
          <LedgerChoice ledgers={ledgers.ledgers} value={{ datasetId: bound.datasetId, column: null }} onChange={(next) => onChange({ datasetId: next.datasetId })} />
          <span className="section-repeat-hint">段中的{'{{列名}}'}和以列名标出的字段读取每一行</span>
        </>
      )}
    </div>
  );
}
