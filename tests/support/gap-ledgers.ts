/** Small ledgers the gap suggestions are tested against: an inspection ledger and a case ledger. */
import type { MergeTable } from "../../core/template/merge-table.ts";

export const ledgerTable = (
  name: string,
  columns: string[],
  rows: (string | number | null)[][],
): MergeTable => ({
  name,
  sheet: null,
  columns,
  rows,
  rowNumbers: rows.map((_, i) => i + 2),
});

export const inspectionLedger = ledgerTable(
  "巡察台账",
  ["轮次", "被巡察单位", "发现问题数", "移交线索数"],
  [
    [1, "县财政局", 12, 2],
    [1, "县教育局", 9, 1],
    [2, "县水利局", 15, 3],
    [3, "县卫健委", 7, 0],
  ],
);

export const caseLedger = ledgerTable(
  "案件台账",
  ["姓名", "处置方式", "处分", "涉案金额"],
  [
    ["张某", "立案", "党内警告", 120_000],
    ["李某", "立案", "", 30_000],
    ["王某", "谈话函询", "", null],
    ["赵某", "立案", "政务记过", 250_000],
    ["钱某", "初步核实", "", null],
  ],
);
