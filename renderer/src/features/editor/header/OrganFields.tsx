/** 发文机关标志: one organ, or for a joint document several, the host organ first (§7.2.4). */
import type { Header } from '../../../../../core/model/document.ts';

interface Props {
  header: Header;
  /** 信函式 prints only the host organ; joint organs belong to 文件式 and 纪要式. */
  allowJoint: boolean;
  onChange: (patch: Partial<Header>) => void;
}

export function OrganFields({ header, allowJoint, onChange }: Props) {
  const organs = header.organs.length > 0 ? header.organs : [''];
  const setAt = (index: number, value: string) => onChange({ organs: organs.map((organ, i) => (i === index ? value : organ)) });
  const joint = organs.length > 1;
  return (
    <div className={`field-mark-group ${joint ? 'joint' : ''}`} data-source-field="header.organs">
      {organs.map((organ, index) => (
        <div key={index} className="mark-row">
          <label className={`field field-mark ${joint ? 'joint' : ''}`}>
            <span className="field-label">{index === 0 ? '发文机关' : `第${index + 1}个机关`}</span>
            <input value={organ} placeholder={index === 0 ? '中共某某县纪律检查委员会' : '某某县监察委员会'} onChange={(e) => setAt(index, e.target.value)} />
          </label>
          {header.markSuffix && index === 0 && <span className="mark-suffix">{header.markSuffix}</span>}
          {index > 0 && (
            <button type="button" className="row-remove" aria-label={`删除第${index + 1}个机关`} onClick={() => onChange({ organs: organs.filter((_, i) => i !== index) })}>
              ×
            </button>
          )}
        </div>
      ))}
      {allowJoint && (
        <button type="button" className="add-organ" onClick={() => onChange({ organs: [...organs, ''] })}>
          ＋ 联合行文机关
        </button>
      )}
    </div>
  );
}
