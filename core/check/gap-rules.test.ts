import { describe, expect, it } from 'vitest';
import type { DocxModel, DocxParagraph } from '../docx-read/docx-model.ts';
import { CheckContext } from './check-context.ts';
import { checkGaps } from './gap-rules.ts';
import type { Roles } from './roles.ts';

function findingsFor(...texts: string[]) {
  const paragraphs = texts.map((text, i) => ({ number: i + 1, text, part: 'word/document.xml' }) as unknown as DocxParagraph);
  const ctx = new CheckContext({ paragraphs, sections: [] } as unknown as DocxModel, { of: new Map() } as unknown as Roles);
  checkGaps(ctx);
  return ctx.findings.map((f) => [f.rule, f.severity, f.location.paragraph, f.message]);
}

describe('gaps left in a document', () => {
  it('reports each paragraph with unfilled gaps as an error, naming them by their words', () => {
    expect(findingsFor('全年统筹开展×轮常规巡察，覆盖全县×万名党员干部。', '表格为3×4的矩阵。', '请于XX月XX日前报送【单位名称】的材料，共×份、×项、×条。')).toEqual([
      ['gap', 'error', 1, '有2处待填的空缺：“统筹开展×轮”“覆盖全县×万名”'],
      ['gap', 'error', 3, '有5处待填的空缺：“请于XX月XX日”“单位名称”“共×份”等'],
    ]);
  });

  it('only warns about names that may be anonymous on purpose', () => {
    expect(findingsFor('给予王某某党内警告处分。')).toEqual([['gap-name', 'warning', 1, '“王某某”像是未填写的人名或地名；如是有意隐去，可忽略']]);
  });
});
