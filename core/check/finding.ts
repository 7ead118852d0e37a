/** One problem the checker found, located by paragraph number and a short excerpt of its text. */
export type Severity = 'error' | 'warning' | 'info';

export interface FindingLocation {
  /** 1-based paragraph number in the document body (table cells and text boxes included); null for page setup and footers. */
  paragraph: number | null;
  excerpt: string;
  /** Package part, e.g. word/document.xml or word/footer2.xml. */
  part: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  location: FindingLocation;
}

export const severityLabels: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
