/** 数据来源: every filled value in the draft and where it came from — the ledger, sheet, rows, column and how it was computed. */
import type { Provenance } from '../../../../core/model/inline.ts';
import type { PlacedField } from '../../../../core/model/fields.ts';

const aggregateWords: Record<Provenance['aggregate'], string> = { value: '取值', count: '计数', sum: '求和', avg: '平均', min: '最小值', max: '最大值' };

function rowsText(rows: readonly number[], aggregate: Provenance['aggregate']): string {
  // A looked-up value (a law article, a directory entry) names no ledger rows; an aggregate over none says so.
  if (rows.length === 0) return aggregate === 'value' ? '' : '，没有符合条件的行';
  const shown = rows.slice(0, 12).join('、');
  return `，第 ${shown}${rows.length > 12 ? ` 等 ${rows.length}` : ''} 行`;
}

export function SourcesPanel({ fields, onJump }: { fields: readonly PlacedField[]; onJump: (path: string) => void }) {
  if (fields.length === 0) return <p className="sources-empty">这份公文没有来自台账或模板的数值。</p>;
  return (
    <ul className="sources" aria-label="数据来源">
      {fields.map(({ path, field }, index) => (
        <li key={`${path}-${index}`}>
          <button type="button" onClick={() => onJump(path)}>
            <span className="source-key">{field.key}</span>
            <span className={`source-value ${field.value === null ? 'unfilled' : ''}`}>{field.value ?? '未填写'}</span>
            <span className="source-origin">
              {field.source
                ? `台账“${field.source.dataset}”${field.source.sheet ? `（${field.source.sheet}）` : ''}${field.source.column ? `“${field.source.column}”列` : ''}，${aggregateWords[field.source.aggregate]}${rowsText(field.source.rows, field.source.aggregate)}${field.source.filter ? `；条件：${field.source.filter}` : ''}`
                : '手工填写或模板默认值'}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
