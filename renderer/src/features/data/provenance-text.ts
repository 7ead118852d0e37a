/** Where a value came from, in the words the 数据来源 panel and the body's field popover both use. */
import type { Provenance } from '../../../../core/model/inline.ts';

const aggregateWords: Record<Provenance['aggregate'], string> = { value: '取值', count: '计数', sum: '求和', avg: '平均', min: '最小值', max: '最大值' };

function rowsText(rows: readonly number[], aggregate: Provenance['aggregate']): string {
  // A looked-up value (a law article, a directory entry) names no ledger rows; an aggregate over none says so.
  if (rows.length === 0) return aggregate === 'value' ? '' : '，没有符合条件的行';
  const shown = rows.slice(0, 12).join('、');
  return `，第 ${shown}${rows.length > 12 ? ` 等 ${rows.length}` : ''} 行`;
}

export function provenanceText(source: Provenance | null): string {
  if (!source) return '手工填写或模板默认值';
  const sheet = source.sheet ? `（${source.sheet}）` : '';
  const column = source.column ? `“${source.column}”列` : '';
  const filter = source.filter ? `；条件：${source.filter}` : '';
  return `台账“${source.dataset}”${sheet}${column}，${aggregateWords[source.aggregate]}${rowsText(source.rows, source.aggregate)}${filter}`;
}
