/** Unit conversions for PDF measurements: poppler reports points, GB/T 9704 speaks millimetres. */
export const mmPerPoint = 25.4 / 72;

export const ptToMm = (pt: number): number => pt * mmPerPoint;

export const pxToMm = (px: number, dpi: number): number => (px * 25.4) / dpi;

/** GB/T 9704 page geometry in millimetres, the frame every render assertion is written in. */
export const pageMm = {
  width: 210,
  height: 297,
  textTop: 37,
  textLeft: 28,
  textWidth: 156,
  textHeight: 225,
  get textRight(): number {
    return this.textLeft + this.textWidth;
  },
  get textBottom(): number {
    return this.textTop + this.textHeight;
  },
} as const;
