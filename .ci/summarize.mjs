// Sums the JSON reports of every suite into the one closing line CI reads: "N passed, M failed".
// A suite whose step failed without a report (type errors, layer rules, a crash) counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const reports = { unit: '.reports/vitest.json', e2e: '.reports/e2e-browser.json', render: '.reports/render.json' };
const exitCodes = Object.fromEntries(process.argv.slice(2).map((arg) => arg.split('=')).map(([k, v]) => [k, Number(v)]));

function counts(suite, file) {
  if (!existsSync(file)) return { passed: 0, failed: 0 };
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (suite !== 'e2e') return { passed: report.numPassedTests ?? 0, failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0) };
  return { passed: (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0), failed: report.stats?.unexpected ?? 0 };
}

let passed = 0;
let failed = 0;
for (const [suite, file] of Object.entries(reports)) {
  if (!(suite in exitCodes)) continue;
  const result = counts(suite, file);
  if (exitCodes[suite] !== 0 && result.failed === 0) result.failed = 1;
  console.log(`（${suite}）${result.passed} 项通过，${result.failed} 项失败`);
  passed += result.passed;
  failed += result.failed;
}
console.log(`${passed} passed, ${failed} failed`);
