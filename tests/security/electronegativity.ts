import { ALLOWLIST, blockingFindings, findInlineSuppressions, formatFindings, scanWithElectronegativity } from './electronegativityScan';

// Command-line report of the Electronegativity gate (`npx tsx tests/security/electronegativity.ts`);
// exits 1 on what the unit test tests/unit/security/electronegativity.test.ts fails on.
const scan = await scanWithElectronegativity();
const blocking = blockingFindings(scan.findings);
const unparsed = scan.errors.filter((e) => !e.tolerable);
const suppressions = await findInlineSuppressions();

console.log(`Electronegativity: ${scan.checks} checks, Electron ${scan.electronVersion}, ${scan.findings.length} findings`);
if (scan.findings.length > 0) console.log(formatFindings(scan.findings));
for (const id of new Set(scan.findings.map((f) => f.id).filter((id) => Object.hasOwn(ALLOWLIST, id)))) console.log(`allowed ${id}: ${ALLOWLIST[id]?.reason ?? ''}`);
for (const e of unparsed) console.error(`not scanned (parse error): ${e.file}: ${e.message}`);
for (const s of suppressions) console.error(`eng-disable comment: ${s}`);
if (blocking.length > 0) console.error(`\n${blocking.length} blocking finding(s):\n${formatFindings(blocking)}`);
process.exitCode = blocking.length > 0 || unparsed.length > 0 || suppressions.length > 0 ? 1 : 0;
