/**
 * A column's type from its cells, tallied one cell at a time: all numbers → number (money when the
 * header or the cells say 元/金额/￥), all dates → date, all text → text, otherwise mixed. Each
 * cell keeps its own reading, so a 办结日期 column with some `未办结` is mixed but its dates are
 * still `YYYY-MM-DD`.
 */
import type { ReadCell } from './cell-value.ts';
import type { CellValue, ColumnType } from './data-table.ts';

const moneyHeader = /金额|资金|款|元|损失|费/;
const sampleCount = 3;

export class ColumnTally {
  private readonly kinds = new Set<ReadCell['kind']>();
  private money = false;
  filled = 0;
  readonly samples: CellValue[] = [];

  add(cell: ReadCell): void {
    if (cell.kind === 'empty') return;
    this.filled++;
    this.kinds.add(cell.kind);
    if (cell.kind === 'number' && cell.money) this.money = true;
    if (this.samples.length < sampleCount && !this.samples.includes(cell.value)) this.samples.push(cell.value);
  }

  type(header: string): ColumnType {
    if (this.kinds.size === 0) return 'empty';
    if (this.kinds.size > 1) return 'mixed';
    if (this.kinds.has('number')) return this.money || moneyHeader.test(header) ? 'money' : 'number';
    return this.kinds.has('date') ? 'date' : 'text';
  }
}

export const cellValue = (cell: ReadCell): CellValue => (cell.kind === 'empty' ? null : cell.value);
