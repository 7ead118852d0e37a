/**
 * 数据: import a ledger, check how it was read, map its headers to the template's columns and fill
 * or refresh the draft, page through its rows, and see where every filled value came from.
 */
import { useState } from 'react';
import type { GongwenDocument } from '../../../../core/model/document.ts';
import type { PlacedField } from '../../../../core/model/fields.ts';
import { ColumnMapping } from './ColumnMapping.tsx';
import { DatasetTable } from './DatasetTable.tsx';
import { LedgerImport, type ReadLedger } from './LedgerImport.tsx';
import { SourcesPanel } from './SourcesPanel.tsx';

interface Props {
  /** The template the draft came from: without one there is nothing to map a ledger to. */
  templateId: string | null;
  document: GongwenDocument;
  fields: readonly PlacedField[];
  onJump: (path: string) => void;
  /** The draft changed from outside the editor; the editor re-reads it. */
  onReplace: (document: GongwenDocument) => void;
}

export function DataPanel({ templateId, document, fields, onJump, onReplace }: Props) {
  const [read, setRead] = useState<ReadLedger | null>(null);
  // Every read starts the mapping and the table afresh, also when the same file is imported again.
  const [serial, setSerial] = useState(0);
  const onRead = (next: ReadLedger) => {
    setRead(next);
    setSerial((n) => n + 1);
  };
  return (
    <div className="data-panel">
      <LedgerImport onReading={() => setRead(null)} onRead={onRead} />
      {read && templateId && <ColumnMapping key={`mapping-${serial}`} templateId={templateId} datasetId={read.datasetId} fileName={read.fileName} document={document} onReplace={onReplace} />}
      {read && <DatasetTable key={`table-${serial}`} datasetId={read.datasetId} columns={read.columns.map((c) => c.name)} total={read.rowCount} />}
      <h3 className="data-heading">数据来源</h3>
      <SourcesPanel fields={fields} onJump={onJump} />
    </div>
  );
}
