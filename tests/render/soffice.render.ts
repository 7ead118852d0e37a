/** The LibreOffice runner fails loudly, naming the file, when a .docx cannot be converted. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertBatch } from './soffice.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongwen-soffice-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('convertBatch', () => {
  it('names a .docx that produced no PDF', async () => {
    const broken = join(dir, '损坏的公文.docx');
    writeFileSync(broken, 'PK\u0003\u0004 这不是一个 zip 文件');
    await expect(convertBatch([broken], { outDir: dir, timeoutMs: 60_000 })).rejects.toThrow(/损坏的公文\.docx/);
  });
});
