import { describe, expect, it } from 'vitest';
import { GongwenDocumentSchema, forms } from '../../../core/model/document.ts';
import { corpus } from './index.ts';

describe('render corpus', () => {
  it.each(corpus.map((entry) => [entry.name, entry] as const))('%s is a valid GongwenDocument', (_name, entry) => {
    expect(GongwenDocumentSchema.safeParse(entry.document).error?.issues ?? []).toEqual([]);
  });

  it('has unique ASCII names usable as file names', () => {
    const names = corpus.map((entry) => entry.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9-]+$/);
  });

  it('covers every form, joint organs, 签发人, tables, attachments and 版记', () => {
    const documents = corpus.map((entry) => entry.document);
    expect(new Set(documents.map((d) => d.form))).toEqual(new Set(forms));
    expect(documents.some((d) => d.header.organs.length > 1)).toBe(true);
    expect(documents.some((d) => d.header.signers.length > 0)).toBe(true);
    expect(documents.some((d) => d.body.some((b) => b.type === 'table'))).toBe(true);
    expect(documents.some((d) => d.attachments.some((a) => a.blocks.length > 0))).toBe(true);
    expect(documents.some((d) => d.record.cc.length > 0 && d.record.printer !== null)).toBe(true);
    expect(documents.map((d) => d.genre)).toEqual(expect.arrayContaining(['讲话稿', '工作报告', '请示', '函', '纪要']));
  });

  it('includes a document of about 100 pages (22 × 28 characters a page)', () => {
    const characters = (entry: (typeof corpus)[number]) => JSON.stringify(entry.document.body).replace(/[^\u4e00-\u9fff]/g, '').length;
    expect(Math.max(...corpus.map(characters)) / (22 * 28)).toBeGreaterThan(85);
  });
});
