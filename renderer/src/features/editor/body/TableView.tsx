/**
 * The table on screen: header rows styled like the printed 黑体 header, cell text editable in
 * place, fields in cells shown as chips. Only cell content changes; spans and widths stay as they are.
 */
import { useState } from 'react';
import { $getNodeByKey, type NodeKey } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { TableBlock } from '../../../../../core/model/blocks.ts';
import type { Inline } from '../../../../../core/model/inline.ts';
import { LedgerBinding } from '../../gaps/LedgerBinding.tsx';
import { FieldChip } from './FieldChip.tsx';
import { $isBodyTableNode } from './TableNode.tsx';

type CellContent = TableBlock['rows'][number]['cells'][number]['content'];

function withCell(table: TableBlock, r: number, c: number, content: CellContent): TableBlock {
  return {
    ...table,
    rows: table.rows.map((row, ri) => (ri !== r ? row : { cells: row.cells.map((cell, ci) => (ci !== c ? cell : { ...cell, content })) })),
  };
}

const linesOf = (text: string): Inline[] =>
  text.split('\n').flatMap((line, i): Inline[] => [...(i > 0 ? [{ type: 'break' as const }] : []), ...(line ? [{ type: 'text' as const, text: line }] : [])]);

const textOf = (content: CellContent): string => content.map((inline) => (inline.type === 'text' ? inline.text : inline.type === 'break' ? '\n' : '')).join('');

export function TableView({ nodeKey, table }: { nodeKey: NodeKey; table: TableBlock }) {
  const [editor] = useLexicalComposerContext();
  const total = table.columnWidths.reduce((sum, w) => sum + w, 0);
  const setCell = (r: number, c: number, content: CellContent) =>
    editor.update(() => {
      const node = $getNodeByKey(nodeKey);
      if ($isBodyTableNode(node)) node.setTable(withCell(node.getTable(), r, c, content));
    });
  return (
    <table className="body-table" aria-label="表格">
      <colgroup>
        {table.columnWidths.map((width, i) => (
          <col key={i} style={{ width: `${(width / total) * 100}%` }} />
        ))}
      </colgroup>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r} className={r < table.headerRows ? 'body-table-header' : undefined}>
            {row.cells.map((cell, c) => (
              <td key={c} colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
                {cell.content.some((inline) => inline.type === 'field') ? (
                  <MixedCell content={cell.content} label={`第${r + 1}行第${c + 1}格`} onChange={(content) => setCell(r, c, content)} />
                ) : (
                  <CellText value={textOf(cell.content)} label={`第${r + 1}行第${c + 1}格`} onChange={(text) => setCell(r, c, linesOf(text))} />
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CellText({ value, label, onChange }: { value: string; label: string; onChange: (text: string) => void }) {
  return <textarea className="body-cell-text" aria-label={label} rows={Math.max(1, value.split('\n').length)} value={value} onChange={(e) => onChange(e.target.value)} />;
}

/** A cell holding fields: its text runs are editable one by one, its fields are chips like in the body. */
function MixedCell({ content, label, onChange }: { content: CellContent; label: string; onChange: (content: CellContent) => void }) {
  const [openIndex, setOpenIndex] = useState<number | null>(null);
  const replace = (index: number, inline: Inline | null) => onChange(content.flatMap((item, i) => (i !== index ? [item] : inline ? [inline] : [])));
  return (
    <span className="body-cell-mixed">
      {content.map((inline, i) => {
        switch (inline.type) {
          case 'field':
            return (
              <FieldChip
                key={i}
                field={inline}
                open={openIndex === i}
                onOpenChange={(open) => setOpenIndex(open ? i : null)}
                onRetype={(value) => replace(i, { ...inline, value, source: null })}
                extra={
                  <LedgerBinding
                    unit={null}
                    numeric={inline.gap?.kind === 'number'}
                    onAccept={(value, source, binding) => {
                      replace(i, { ...inline, value, source, ...(inline.gap ? { gap: { ...inline.gap, binding } } : {}) });
                      setOpenIndex(null);
                    }}
                  />
                }
              />
            );
          case 'break':
            return <br key={i} />;
          case 'text':
            return (
              <input
                key={i}
                className="body-cell-run"
                aria-label={label}
                size={Math.max(2, inline.text.length * 2)}
                value={inline.text}
                onChange={(e) => replace(i, e.target.value ? { ...inline, text: e.target.value } : null)}
              />
            );
        }
      })}
    </span>
  );
}
