/**
 * Limits on what one import may hold. A county ledger is a few thousand rows; these leave a wide
 * margin above that while keeping a hostile or mistaken file from exhausting memory.
 */
export interface DataCaps {
  /** Bytes of the file on disk. */
  maxFileBytes: number;
  /** Data and header rows together. */
  maxRows: number;
  maxColumns: number;
  /** Excel itself refuses more than 32 767 characters in a cell. */
  maxCellChars: number;
}

export const defaultDataCaps: DataCaps = {
  maxFileBytes: 50 * 1024 * 1024,
  maxRows: 200_000,
  maxColumns: 500,
  maxCellChars: 32_767,
};

export const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
