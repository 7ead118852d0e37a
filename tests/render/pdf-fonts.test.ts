import { describe, expect, it } from 'vitest';
import { parsePdffonts } from './pdf-fonts.ts';

const output = `name                                 type              encoding         emb sub uni object ID
------------------------------------ ----------------- ---------------- --- --- --- ---------
BAAAAA+LiberationSerif               TrueType          WinAnsi          yes yes yes     35  0
CAAAAA+NotoSansCJKjp-Regular-VKana   Type 1            Builtin          yes yes yes     40  0
DejaVuSans                           TrueType          WinAnsi          no  no  yes     41  0
`;

describe('parsePdffonts', () => {
  it('drops the subset prefix and reads type and embedding', () => {
    expect(parsePdffonts(output)).toEqual([
      { name: 'LiberationSerif', type: 'TrueType', embedded: true },
      { name: 'NotoSansCJKjp-Regular-VKana', type: 'Type 1', embedded: true },
      { name: 'DejaVuSans', type: 'TrueType', embedded: false },
    ]);
  });
});
