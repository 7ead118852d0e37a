import { describe, expect, it } from 'vitest';
import { corpus } from '../../tests/render/corpus/index.ts';
import { writeDocx } from '../docx/write-docx.ts';
import { checkDocx } from './check-docx.ts';

describe('checkDocx on our own exports', () => {
  for (const entry of corpus) {
    it(`reports no 错误 on ${entry.name}（${entry.description}）`, async () => {
      const errors = checkDocx(await writeDocx(entry.document, entry.options)).filter((f) => f.severity === 'error');
      expect(errors).toEqual([]);
    });
  }
});
