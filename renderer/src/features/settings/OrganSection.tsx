/** The organ's names, the 机关代字 of its 文号 and the default 签发人. */
import { EditableRows } from './EditableRows.tsx';
import type { SettingsDraft } from './settings-draft.ts';

interface Props {
  draft: SettingsDraft;
  onChange: (draft: SettingsDraft) => void;
}

export function OrganSection({ draft, onChange }: Props) {
  const organ = (patch: Partial<SettingsDraft['organ']>) => onChange({ ...draft, organ: { ...draft.organ, ...patch } });
  return (
    <section className="settings-section" aria-labelledby="settings-organ">
      <h2 id="settings-organ">机关</h2>
      <p className="settings-hint">新建空白公文时，发文机关、署名、印发机关和签发人（报告、请示）按这里预先填好。</p>
      <div className="settings-grid">
        <label>
          发文机关全称
          <input value={draft.organ.fullName} placeholder="中共某某县纪律检查委员会" onChange={(e) => organ({ fullName: e.target.value })} />
        </label>
        <label>
          署名机关
          <input value={draft.organ.signatureName} placeholder="留空则与全称相同" onChange={(e) => organ({ signatureName: e.target.value })} />
        </label>
        <label>
          印发机关
          <input value={draft.organ.printer} placeholder="中共某某县纪律检查委员会办公室" onChange={(e) => organ({ printer: e.target.value })} />
        </label>
        <label>
          默认签发人
          <input value={draft.signers} placeholder="张某某（多人用顿号分隔）" onChange={(e) => onChange({ ...draft, signers: e.target.value })} />
        </label>
      </div>
      <h3>机关代字</h3>
      <p className="settings-hint">每个代字取号时使用的文号序列；序列名相同的代字共用一个流水号，留空则各用各的。</p>
      <EditableRows
        className="prefix-table"
        rows={draft.numberPrefixes}
        onChange={(numberPrefixes) => onChange({ ...draft, numberPrefixes })}
        addLabel="添加代字"
        newRow={() => ({ prefix: '', sequence: '' })}
        columns={[
          {
            header: '代字',
            cell: (entry, index, set) => <input aria-label={`第${index + 1}个代字`} value={entry.prefix} placeholder="某纪发" onChange={(e) => set({ prefix: e.target.value })} />,
          },
          {
            header: '文号序列',
            cell: (entry, index, set) => (
              <input aria-label={`第${index + 1}个代字的文号序列`} value={entry.sequence} placeholder="与代字相同" onChange={(e) => set({ sequence: e.target.value })} />
            ),
          },
        ]}
      />
    </section>
  );
}
