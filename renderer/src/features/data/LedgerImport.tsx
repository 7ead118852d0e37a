/**
 * 导入台账: a ledger picked with the file dialog or dropped on the panel is read by the host (its
 * bytes, never a path). What was read is shown — file, encoding, sheets, header rows and the first
 * lines of a text file — and a wrong guess is fixed by choosing the encoding or the sheet, which
 * reads the same bytes again.
 */
import { useState, type DragEvent } from 'react';
import type { LedgerRead } from '../../../../core/api/contract-data.ts';
import type { EncodingChoice } from '../../../../core/data/encoding-choice.ts';
import { callApi } from '../../api/call-api.ts';
import { base64Of } from '../../base64.ts';

const encodingOptions: { value: EncodingChoice; label: string }[] = [
  { value: 'auto', label: '自动' },
  { value: 'UTF-8', label: 'UTF-8' },
  { value: 'GB18030', label: 'GB18030（GBK）' },
  { value: 'Big5', label: 'Big5（繁体）' },
  { value: 'UTF-16LE', label: 'UTF-16LE' },
];

const encodingNames: Record<Extract<LedgerRead, { status: 'read' }>['encoding'], string> = {
  'UTF-8': 'UTF-8',
  'UTF-8 BOM': 'UTF-8（带 BOM）',
  'UTF-16LE': 'UTF-16LE',
  'UTF-16BE': 'UTF-16BE',
  GB18030: 'GB18030',
  Big5: 'Big5',
  workbook: 'Excel 工作簿（xlsx）',
};

export type ReadLedger = Extract<LedgerRead, { status: 'read' }>;

interface Picked {
  name: string;
  base64: string;
}

interface Props {
  /** A read starts: what was read before no longer stands. */
  onReading: () => void;
  onRead: (read: ReadLedger) => void;
}

export function LedgerImport({ onReading, onRead }: Props) {
  const [picked, setPicked] = useState<Picked | null>(null);
  const [encoding, setEncoding] = useState<EncodingChoice>('auto');
  const [sheet, setSheet] = useState<string | undefined>(undefined);
  const [current, setCurrent] = useState<ReadLedger | null>(null);
  const [unread, setUnread] = useState<Extract<LedgerRead, { status: 'needs-encoding' }> | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);

  const load = async (file: Picked, choice: EncodingChoice, sheetName: string | undefined) => {
    setBusy(true);
    setError(null);
    onReading();
    try {
      const result = await callApi('readLedger', { file, ...(choice !== 'auto' ? { encoding: choice } : {}), ...(sheetName !== undefined ? { sheet: sheetName } : {}) });
      if (result.status === 'read') {
        setUnread(null);
        setCurrent(result);
        onRead(result);
      } else {
        setCurrent(null);
        setUnread(result);
      }
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const open = async (file: File | undefined) => {
    if (!file) return;
    const next = { name: file.name, base64: base64Of(new Uint8Array(await file.arrayBuffer())) };
    setPicked(next);
    setCurrent(null);
    setUnread(null);
    setEncoding('auto');
    setSheet(undefined);
    await load(next, 'auto', undefined);
  };

  const drop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setDragging(false);
    void open(event.dataTransfer.files[0]);
  };

  const isText = unread !== null || (current !== null && current.encoding !== 'workbook');

  return (
    <section
      className={`ledger-import ${dragging ? 'dragging' : ''}`}
      aria-label="导入台账"
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={drop}
    >
      <div className="ledger-pick">
        <label className="file-button">
          导入台账…
          <input
            type="file"
            accept=".xlsx,.xls,.et,.csv,.txt"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              // Cleared, so choosing the same file again (a newer version of the ledger) reads it again.
              e.target.value = '';
              void open(file);
            }}
          />
        </label>
        <span className="home-hint">或把 .xlsx/.xls/.csv 文件拖到这里</span>
      </div>
      {busy && <p role="status">正在读取台账…</p>}
      {error && (
        <p role="alert" className="export-error">
          {error}
        </p>
      )}
      {picked && (current || unread) && (
        <div className="ledger-summary">
          <dl>
            <dt>文件</dt>
            <dd>{picked.name}</dd>
            {current && (
              <>
                <dt>编码</dt>
                <dd data-testid="ledger-encoding">{encodingNames[current.encoding]}</dd>
                <dt>表头</dt>
                <dd>
                  {current.headerRows} 行，{current.columns.length} 列，数据 {current.rowCount.toLocaleString('zh-CN')} 行
                </dd>
              </>
            )}
          </dl>
          {isText && (
            <label className="ledger-option">
              编码
              <select
                value={encoding}
                disabled={busy}
                onChange={(e) => {
                  const choice = e.target.value as EncodingChoice;
                  setEncoding(choice);
                  void load(picked, choice, sheet);
                }}
              >
                {encodingOptions.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {current && current.sheets.length > 0 && (
            <label className="ledger-option">
              工作表
              <select
                value={current.sheet ?? ''}
                disabled={busy}
                onChange={(e) => {
                  setSheet(e.target.value);
                  void load(picked, encoding, e.target.value);
                }}
              >
                {current.sheets.map((s) => (
                  <option key={s.name} value={s.name}>
                    {s.name}
                    {s.hidden ? '（隐藏）' : ''}
                  </option>
                ))}
              </select>
            </label>
          )}
          {unread && (
            <p role="alert" className="export-error">
              {unread.message}
              {'\n'}请在上面的“编码”中选择正确的编码，看下面的开头是否显示为正常的文字。
            </p>
          )}
          {current && current.notes.length > 0 && (
            <ul className="ledger-notes">
              {current.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          {(unread?.preview ?? current?.textPreview) && (
            <figure className="ledger-preview">
              <figcaption>文件开头（按{unread ? (encoding === 'auto' ? 'GB18030' : encoding) : encodingNames[current!.encoding]}显示）</figcaption>
              <pre aria-label="文件开头">{unread?.preview ?? current?.textPreview}</pre>
            </figure>
          )}
        </div>
      )}
    </section>
  );
}
