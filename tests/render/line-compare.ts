/**
 * Line-by-line agreement between two layouts of the same document, e.g. the layout engine's
 * predicted lines and LibreOffice's measured ones. Lines are aligned by a longest common
 * subsequence on (page, text), so one early difference does not count every later line as
 * different; unmatched neighbours are paired up as "changed" lines in the report.
 */
export interface LayoutLine {
  page: number;
  text: string;
}

export interface LineDifference {
  expected: LayoutLine | null;
  actual: LayoutLine | null;
}

export interface LineAgreement {
  /** Matched lines divided by the longer of the two layouts, 0–1 (1 when both are empty). */
  agreement: number;
  matched: number;
  expectedLines: number;
  actualLines: number;
  differences: LineDifference[];
}

const normalise = (line: LayoutLine) => `${line.page}\u0000${line.text.replace(/\s/g, '')}`;

export function compareLines(expected: readonly LayoutLine[], actual: readonly LayoutLine[]): LineAgreement {
  const a = expected.map(normalise);
  const b = actual.map(normalise);
  const width = b.length + 1;
  // lcs[i][j] = LCS length of a[i..] and b[j..], flattened; Uint32 keeps 3000 × 3000 lines at 36 MB.
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i * width + j] = a[i] === b[j] ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);

  const differences: LineDifference[] = [];
  let pendingExpected: LayoutLine[] = [];
  let pendingActual: LayoutLine[] = [];
  const flush = () => {
    for (let k = 0; k < Math.max(pendingExpected.length, pendingActual.length); k++) differences.push({ expected: pendingExpected[k] ?? null, actual: pendingActual[k] ?? null });
    pendingExpected = [];
    pendingActual = [];
  };
  let i = 0;
  let j = 0;
  let matched = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      flush();
      matched++;
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && (lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0))) {
      pendingExpected.push(expected[i++] as LayoutLine);
    } else {
      pendingActual.push(actual[j++] as LayoutLine);
    }
  }
  flush();
  const longest = Math.max(expected.length, actual.length);
  return { agreement: longest === 0 ? 1 : matched / longest, matched, expectedLines: expected.length, actualLines: actual.length, differences };
}

/** One line for the suite's output, then the first differences, in Chinese. */
export function describeAgreement(label: string, result: LineAgreement, maxDifferences = 10): string {
  const head = `${label}：逐行一致率 ${(result.agreement * 100).toFixed(1)}%（${result.matched}/${Math.max(result.expectedLines, result.actualLines)} 行；预期 ${result.expectedLines} 行，实测 ${result.actualLines} 行）`;
  const side = (line: LayoutLine | null) => (line ? `第 ${line.page} 页「${line.text}」` : '（无）');
  const shown = result.differences.slice(0, maxDifferences).map((d) => `  预期 ${side(d.expected)}  实测 ${side(d.actual)}`);
  const more = result.differences.length > maxDifferences ? [`  ……另有 ${result.differences.length - maxDifferences} 处不同`] : [];
  return [head, ...shown, ...more].join('\n');
}
