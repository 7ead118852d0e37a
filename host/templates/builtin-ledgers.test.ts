/**
 * Every built-in template renders the same document from its sample ledgers written out in each
 * supported file format and read back through the importer, as from the samples themselves.
 */
import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../core/model/blocks.ts';
import { inlineText } from '../../core/model/inline.ts';
import type { MergeTable } from '../../core/template/merge-table.ts';
import { mergeTemplate } from '../../core/template/merge.ts';
import { sampleMergeInput } from '../../core/template/sample-input.ts';
import { ledgerAsDataset } from '../../core/template/template-datasets.ts';
import type { DatasetSample } from '../../core/template/template-schema.ts';
import { readDataBytes } from '../data/read-data-bytes.ts';
import { loadBuiltinPack } from './builtin-pack.ts';

const pack = await loadBuiltinPack();

const grid = (sample: DatasetSample) => [sample.columns, ...sample.rows.map((row) => row.map((cell) => cell ?? ''))];
const delimited = (sample: DatasetSample, separator: string) => `${grid(sample).map((row) => row.map((cell) => (/[",\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell))).join(separator)).join('\r\n')}\r\n`;
const workbook = (sample: DatasetSample, bookType: 'xlsx' | 'biff8') => {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(grid(sample)), '台账');
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
};

const formats: { name: string; file: string; bytes: (sample: DatasetSample) => Uint8Array }[] = [
  { name: 'CSV UTF-8（带 BOM）', file: '台账.csv', bytes: (s) => new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(delimited(s, ','), 'utf8')])) },
  { name: 'CSV GB18030', file: '台账.csv', bytes: (s) => new Uint8Array(iconv.encode(delimited(s, ','), 'gb18030')) },
  { name: 'Unicode 文本（UTF-16LE 制表符分隔）', file: '台账.txt', bytes: (s) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(delimited(s, '\t'), 'utf16le')])) },
  { name: '.xlsx', file: '台账.xlsx', bytes: (s) => workbook(s, 'xlsx') },
  { name: '.xls', file: '台账.xls', bytes: (s) => workbook(s, 'biff8') },
];

const text = (blocks: readonly Block[]): string[] =>
  blocks.map((b) => {
    switch (b.type) {
      case 'paragraph':
        return inlineText(b.content);
      case 'heading':
        return inlineText(b.content) + (b.runIn ? inlineText(b.runIn) : '');
      case 'enumeration':
        return inlineText(b.lead) + b.items.map(inlineText).join('');
      case 'table':
        return b.rows.map((row) => row.cells.map((cell) => inlineText(cell.content)).join('|')).join('\n');
      case 'pageBreak':
        return '';
    }
  });

const withLedgers = pack.templates.filter((t) => t.sample.datasets.length > 0);

describe.each(formats)('built-in templates from ledgers saved as $name', ({ file, bytes }) => {
  it.each(withLedgers.map((t) => [t.id, t] as const))('%s', (_id, template) => {
    const sample = sampleMergeInput(template, '2024-12-05', pack.laws ?? undefined);
    const datasets = new Map<string, MergeTable>(
      template.sample.datasets.map((dataset) => {
        const imported = readDataBytes(bytes(dataset), { fileName: file });
        expect(imported.table.rows).toHaveLength(dataset.rows.length);
        return [dataset.name, ledgerAsDataset(imported.table, dataset.name)];
      }),
    );
    const fromFiles = mergeTemplate(template, { ...sample, datasets });
    const fromSample = mergeTemplate(template, sample);
    expect(fromFiles.issues).toEqual([]);
    expect(text(fromFiles.document.body)).toEqual(text(fromSample.document.body));
    expect(fromFiles.document.attachments.map((a) => text(a.blocks))).toEqual(fromSample.document.attachments.map((a) => text(a.blocks)));
  });
});
