/** Fonts of a PDF from `pdffonts`: the subset prefix (ABCDEF+) is dropped so names compare across renders. */
export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

export function parsePdffonts(output: string): PdfFont[] {
  const rows = output.split('\n').slice(2).filter((row) => row.trim() !== '');
  return rows.map((row) => {
    // Columns are fixed-width after the name; the name itself has no spaces in poppler's output.
    const [name = '', ...rest] = row.trim().split(/\s+/);
    const embIndex = rest.findIndex((cell) => cell === 'yes' || cell === 'no');
    return {
      name: name.replace(/^[A-Z]{6}\+/, ''),
      type: rest.slice(0, Math.max(0, embIndex - 1)).join(' '),
      embedded: rest[embIndex] === 'yes',
    };
  });
}
