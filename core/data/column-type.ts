/**
 * A column's type from its cells: all numbers → number (money when the header or the cells say
 * 元/金额/￥), all dates → date, all text → text, otherwise mixed. Each cell keeps its own reading,
 * so a 办结日期 column with some `未办结` is mixed but its dates are still `YYYY-MM-DD`.
 */
import type { CellValue, ColumnType } from './data-table.ts';
import type { ReadCell } from './cell-value.ts';

const moneyHeader = /金额|资金|款|元|损失|费/;

export function columnType(cells: ReadCell[], header: string): ColumnType {
  let kinds = 0;
  let money = false;
  const seen = new Set<ReadCell['kind']>();
  for (const cell of cells) {
    if (cell.kind === 'empty') continue;
    if (!seen.has(cell.kind)) {
      seen.add(cell.kind);
      kinds++;
    }
    if (cell.kind === 'number' && cell.money) money = true;
  }
  if (kinds === 0) return 'empty';
  if (kinds > 1) return 'mixed';
  if (seen.has('number')) return money || moneyHeader.test(header) ? 'money' : 'number';
  return seen.has('date') ? 'date' : 'text';
}

export const cellValue = (cell: ReadCell): CellValue => (cell.kind === 'empty' ? null : cell.value);
