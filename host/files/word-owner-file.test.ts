import { describe, expect, it } from 'vitest';
import { wordOwnerFileNames } from './word-owner-file.ts';

describe('wordOwnerFileNames', () => {
  it('covers the full name and the forms with one or two leading characters dropped', () => {
    expect(wordOwnerFileNames('OfficeReport.docx')).toEqual(['~$OfficeReport.docx', '~$fficeReport.docx', '~$ficeReport.docx']);
  });

  it('counts Extension-B characters as one character each', () => {
    expect(wordOwnerFileNames('𠀀𪚥通知.docx')).toContain('~$通知.docx');
  });
});
