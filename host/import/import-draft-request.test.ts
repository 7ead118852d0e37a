import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/api/errors.ts';
import { writeDocx } from '../../core/docx/write-docx.ts';
import { sampleRedHeadNotice } from '../../tests/support/sample-document.ts';
import { importDraft } from './import-draft-request.ts';

const speech = ['在全县警示教育大会上的讲话', '', '同志们：', '今天召开大会。', '一、提高认识', '（一）强化政治监督。一是压实责任；二是健全制度。'].join('\n');

describe('importDraft', () => {
  it('structures pasted text', () => {
    const { document } = importDraft({ name: '粘贴的文字', content: { kind: 'text', text: speech } });
    expect(document.title).toBe('在全县警示教育大会上的讲话');
    expect(document.body.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'heading', 'heading']);
  });

  it('reads a .docx handed over as bytes', async () => {
    const base = sampleRedHeadNotice();
    const bytes = await writeDocx({ ...base, header: { ...base.header, copyNumber: null, secrecy: null, urgency: null } });
    const { document } = importDraft({ name: '通知.docx', content: { kind: 'bytes', base64: Buffer.from(bytes).toString('base64') } });
    expect(document.title.replace(/\n/g, '')).toBe('关于开展2024年度全县纪检监察干部队伍教育整顿“回头看”工作的通知');
    expect(document.header.documentNumber).toBe('某纪发〔2024〕12号');
    expect(document.body.filter((b) => b.type === 'heading').length).toBeGreaterThan(3);
  });

  it('names the file when the bytes are not a draft', () => {
    const call = () => importDraft({ name: '旧稿.doc', content: { kind: 'bytes', base64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]).toString('base64') } });
    expect(call).toThrow(AppError);
    expect(call).toThrow(/旧稿\.doc/);
  });
});
