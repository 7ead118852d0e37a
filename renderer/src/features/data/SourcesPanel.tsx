/** 数据来源: every filled value in the draft and where it came from — the ledger, sheet, rows, column and how it was computed. */
import type { PlacedField } from '../../../../core/model/fields.ts';
import { provenanceText } from './provenance-text.ts';

export function SourcesPanel({ fields, onJump }: { fields: readonly PlacedField[]; onJump: (path: string) => void }) {
  if (fields.length === 0) return <p className="sources-empty">这份公文没有来自台账或模板的数值。</p>;
  return (
    <ul className="sources" aria-label="数据来源">
      {fields.map(({ path, field }, index) => (
        <li key={`${path}-${index}`}>
          <button type="button" onClick={() => onJump(path)}>
            <span className="source-key">{field.key}</span>
            <span className={`source-value ${field.value === null ? 'unfilled' : ''}`}>{field.value ?? '未填写'}</span>
            <span className="source-origin">{provenanceText(field.source)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
