/**
 * The columns a template reads from a ledger, each with the header chosen for it (preselected by
 * the automatic match or the mapping confirmed last time, tagged with how it was found), and the
 * required columns still without one. Shared by the 数据 panel and 批量生成.
 */
import type { MatchView } from '../../../../core/api/contract-data.ts';

const reasonTags: Record<MatchView['reason'], string> = {
  exact: '同名',
  normalized: '写法不同',
  path: '多行表头',
  synonym: '同义词',
  fuzzy: '相似',
  remembered: '上次确认',
  manual: '手工指定',
  ambiguous: '无法确定',
  missing: '未找到',
};

const noHeader = '';

/** The writer's choices by column; a column not in it keeps the proposed header. */
export type MappingChoices = ReadonlyMap<string, string | null>;

export const chosenHeader = (match: MatchView, chosen: MappingChoices): string | null => (chosen.has(match.column) ? chosen.get(match.column)! : match.header);

interface Props {
  columns: readonly MatchView[];
  headers: readonly string[];
  chosen: MappingChoices;
  onChoose: (column: string, header: string | null) => void;
}

export function MappingList({ columns, headers, chosen, onChoose }: Props) {
  const unmatched = columns.filter((match) => match.required && chosenHeader(match, chosen) === null);
  return (
    <>
      <ul className="mapping-list">
        {columns.map((match) => {
          const header = chosenHeader(match, chosen);
          const edited = chosen.has(match.column) && header !== match.header;
          const reason = edited ? 'manual' : match.reason;
          const flagged = header === null && (match.required || match.reason === 'ambiguous');
          return (
            <li key={match.column} className={flagged ? 'mapping-problem' : undefined}>
              <span className="mapping-column" title={match.usedBy.join('；')}>
                {match.column}
                {!match.required && <span className="mapping-optional">（可选）</span>}
              </span>
              <select
                aria-label={`列“${match.column}”对应的表头`}
                value={header ?? noHeader}
                onChange={(e) => onChoose(match.column, e.target.value === noHeader ? null : e.target.value)}
              >
                <option value={noHeader}>（台账中没有此列）</option>
                {headers.map((h) => (
                  <option key={h} value={h}>
                    {h}
                  </option>
                ))}
              </select>
              <span className={`mapping-tag tag-${reason}`}>{header === null && !edited ? reasonTags[match.reason] : reasonTags[reason]}</span>
              {!edited && (match.reason === 'ambiguous' || match.reason === 'missing' || match.reason === 'fuzzy') && <span className="mapping-detail">{match.detail}</span>}
              {edited && header === null && match.required && <span className="mapping-detail">必需的列没有选择表头</span>}
            </li>
          );
        })}
      </ul>
      {unmatched.length > 0 && (
        <p className="mapping-warning">
          还有 {unmatched.length} 个必需的列没有对应的表头：{unmatched.map((m) => `“${m.column}”`).join('')}
        </p>
      )}
    </>
  );
}
