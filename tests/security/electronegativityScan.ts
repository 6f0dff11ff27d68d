import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** The repository root (this file lives in tests/security/). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** The folders the issue asks to scan; scanned together so global checks see main and renderer at once. */
export const SCANNED_ROOTS = ['electron', 'renderer'] as const;

/** One Electronegativity finding, reduced to plain data. */
export interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  column: number;
  manualReview: boolean;
  description: string;
}

/** A file the scanner could not parse (and therefore did not check). */
export interface ScanError {
  file: string;
  message: string;
  tolerable: boolean;
}

/** What one scan produced. */
export interface ScanResult {
  electronVersion: string;
  checks: number;
  findings: Finding[];
  errors: ScanError[];
}

/** Why a check's findings are accepted, and optionally the only files where they are. */
export interface AllowlistEntry {
  reason: string;
  files?: readonly string[];
}

/**
 * Findings we accept at HIGH/MEDIUM, by check id, each with the reason. Only "review" checks belong
 * here: they flag that a feature is used, not that it is used wrongly, and the review is a test.
 */
export const ALLOWLIST: Readonly<Record<string, AllowlistEntry>> = {
  PRELOAD_JS_CHECK: {
    reason:
      'A preload is required to expose the bridge. Reviewed: it exposes exactly the IPC contract methods, frozen, never ipcRenderer or a generic invoke (tests/unit/electron/preload/preload.test.ts).',
    files: ['electron/main/window/createMainWindow.ts'],
  },
  OPEN_EXTERNAL_JS_CHECK: {
    reason:
      'The only shell.openExternal call is behind createExternalLinkOpener: https only, no credentials, after the user confirms (tests/unit/security/openExternalSafely.test.ts).',
    files: ['electron/main/security/openExternalSafely.ts'],
  },
  AUXCLICK_JS_CHECK: {
    reason:
      'Middle-click can only try to open a new window, and every new window is denied by setWindowOpenHandler (tests/unit/electron/main/window/guardWebContents.test.ts, tests/unit/security/guardAllWebContents.test.ts).',
    files: ['electron/main/window/createMainWindow.ts'],
  },
  AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK: {
    reason:
      'Needs the network (it downloads the Electron release list), so it is not run offline; Electron updates are a dependency-update task, not a code finding.',
  },
};

/** Checks left out of the scan: they need the network and would make CI depend on connectivity. */
export const EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck'] as const;

const BLOCKING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);

/** Returns the findings that fail the build: HIGH or MEDIUM and not explained in the allowlist. */
export function blockingFindings(findings: readonly Finding[], allowlist: Readonly<Record<string, AllowlistEntry>> = ALLOWLIST): Finding[] {
  return findings.filter((f) => BLOCKING_SEVERITIES.has(f.severity) && !isAllowed(f, allowlist));
}

function isAllowed(finding: Finding, allowlist: Readonly<Record<string, AllowlistEntry>>): boolean {
  if (!Object.hasOwn(allowlist, finding.id)) return false;
  const files = allowlist[finding.id]?.files;
  return files === undefined || files.includes(finding.file.split(path.sep).join('/'));
}

/** Lists `eng-disable` comments: they hide findings from the scanner, so exceptions must go through the allowlist instead. */
export async function findInlineSuppressions(roots: readonly string[] = SCANNED_ROOTS.map((r) => path.join(REPO_ROOT, r))): Promise<string[]> {
  const hits: string[] = [];
  for (const root of roots) {
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(?:[cm]?[jt]sx?|html?)$/.test(entry.name)) continue;
      const file = path.join(entry.parentPath, entry.name);
      if (file.includes(`${path.sep}node_modules${path.sep}`)) continue;
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, index) => {
        if (/eng-disable/i.test(line)) hits.push(`${path.relative(REPO_ROOT, file)}:${index + 1}`);
      });
    }
  }
  return hits;
}

interface RawIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  manualReview: boolean;
  description: string;
}

type Run = (options: Record<string, unknown>) => Promise<{ globalChecks: number; atomicChecks: number; errors: ScanError[]; issues: RawIssue[] }>;

/** Loads Electronegativity with its translation download cut off, so a scan never touches the network. */
function loadElectronegativity(): Run {
  const rootRequire = createRequire(path.join(REPO_ROOT, 'package.json'));
  const packageJson = rootRequire.resolve('@doyensec/electronegativity/package.json');
  const toolRequire = createRequire(packageJson);
  // Its i18n module fetches a locale file from S3 on every run; answer that request with a failure.
  const gotPath = createRequire(path.join(path.dirname(packageJson), 'dist/locales/i18n.js')).resolve('got');
  const offline = () => Promise.reject(new Error('network disabled for the security scan'));
  toolRequire.cache[gotPath] ??= { id: gotPath, filename: gotPath, loaded: true, exports: offline } as unknown as NodeJS.Module;
  return toolRequire('./dist/runner.js') as Run;
}

/** The installed Electron's version, so version-dependent checks use today's defaults, not v0.1's. */
export function installedElectronVersion(): string {
  const rootRequire = createRequire(path.join(REPO_ROOT, 'package.json'));
  return (rootRequire('electron/package.json') as { version: string }).version;
}

/**
 * Runs Electronegativity's programmatic API (its CLI always exits 0) over copies of `roots`
 * placed side by side in one temp folder, and returns its findings as plain data.
 */
export async function scanWithElectronegativity(
  roots: readonly string[] = SCANNED_ROOTS.map((r) => path.join(REPO_ROOT, r)),
  electronVersion = installedElectronVersion(),
): Promise<ScanResult> {
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'tagwerk-electronegativity-'));
  try {
    for (const root of roots) {
      await cp(root, path.join(workDir, path.basename(root)), {
        recursive: true,
        filter: (source) => !source.split(path.sep).includes('node_modules'),
      });
    }
    const run = loadElectronegativity();
    const result = await run({
      input: workDir,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: [...EXCLUDED_CHECKS],
    });
    const findings = result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location.line,
      column: issue.location.column,
      manualReview: issue.manualReview,
      description: issue.description,
    }));
    const errors = result.errors.map((e) => ({ ...e, file: path.relative(workDir, e.file) }));
    return { electronVersion, checks: result.globalChecks + result.atomicChecks, findings, errors };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Formats findings as one line each, for failure messages and the command-line report. */
export function formatFindings(findings: readonly Finding[]): string {
  return findings
    .map((f) => `${f.severity.padEnd(13)} ${f.confidence.padEnd(9)} ${f.id.padEnd(40)} ${f.file}:${f.line}:${f.column}${f.manualReview ? ' (review)' : ''}`)
    .join('\n');
}
