// Sums the vitest and Playwright JSON reports into the one line CI reads: "tests: N passed, N failed, N skipped".
import { existsSync, readFileSync } from 'node:fs';

const totals = { passed: 0, failed: 0, skipped: 0 };
const missing = [];

function read(file) {
  if (!existsSync(file)) {
    missing.push(file);
    return null;
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

const unit = read('test-results/unit-results.json');
if (unit) {
  totals.passed += unit.numPassedTests ?? 0;
  totals.failed += (unit.numFailedTests ?? 0) + (unit.numRuntimeErrorTestSuites ?? 0);
  totals.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  if (unit.success === false && (unit.numFailedTests ?? 0) === 0) totals.failed += 1;
}

const e2e = read('test-results/e2e-results.json');
if (e2e) {
  const stats = e2e.stats ?? {};
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += stats.unexpected ?? 0;
  totals.skipped += stats.skipped ?? 0;
  for (const error of e2e.errors ?? []) totals.failed += error ? 1 : 0;
}

for (const file of missing) console.log(`missing report: ${file}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed > 0 || missing.length > 0 ? 1 : 0);
