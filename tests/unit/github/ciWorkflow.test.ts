import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const REPO = path.resolve(import.meta.dirname, '../../..');
const WORKFLOW = path.join(REPO, '.github/workflows/ci.yml');

// @action-validator/core checks against SchemaStore's published GitHub workflow JSON Schema, which
// it ships compiled in (WebAssembly), so the check works offline. CommonJS, hence require.
const { validateWorkflow } = createRequire(import.meta.url)('@action-validator/core') as {
  validateWorkflow(source: string): { actionType: string; errors: unknown[] };
};

/** The parts of the workflow this test holds to the promises. */
const workflowShape = z.object({
  jobs: z.record(
    z.string(),
    z.object({
      'runs-on': z.string(),
      strategy: z.object({ matrix: z.object({ os: z.array(z.string()) }) }).optional(),
      env: z.record(z.string(), z.string()).optional(),
      steps: z.array(z.object({ name: z.string().optional(), run: z.string().optional(), uses: z.string().optional(), if: z.string().optional(), env: z.record(z.string(), z.string()).optional() })),
    }),
  ),
});

const source = readFileSync(WORKFLOW, 'utf8');
const workflow = workflowShape.parse(parse(source));
const jobs = Object.values(workflow.jobs);
const runs = jobs.flatMap((job) => job.steps.map((step) => step.run ?? '')).join('\n');

describe('.github/workflows/ci.yml', () => {
  it('validates against the published GitHub Actions workflow schema', () => {
    expect(validateWorkflow(source).errors).toEqual([]);
  });

  it('the schema check is real: a misspelt key and a job without runs-on are rejected', () => {
    expect(validateWorkflow(source.replace('runs-on:', 'runs_on:')).errors).not.toEqual([]);
    expect(validateWorkflow(source.replace('steps:', 'stepz:')).errors).not.toEqual([]);
  });

  it('runs on Ubuntu, Windows and macOS', () => {
    expect(jobs.flatMap((job) => job.strategy?.matrix.os ?? [job['runs-on']])).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
  });

  it('installs with the Electron binary (never skipping the download) and requires it', () => {
    expect(runs).toMatch(/^npm ci\b/m);
    expect(source).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    expect(runs).toContain('npx tsx scripts/ensureElectron.ts');
    expect(jobs.every((job) => job.env?.TAGWERK_REQUIRE_ELECTRON === '1' && job.env.TAGWERK_REQUIRE_PACKAGED_APP === '1')).toBe(true);
    // The security spec's fuse check reads the packaged app named here; unset, it would be skipped.
    expect(runs).toContain('echo "TAGWERK_PACKAGED_ELECTRON=$packaged" >> "$GITHUB_ENV"');
  });

  it('typechecks, lints, runs the unit tests, builds the installers and runs both e2e projects (Linux under xvfb)', () => {
    for (const command of ['npm run typecheck', 'npm run lint', 'npm run test:unit', 'npm run dist']) expect(runs).toContain(command);
    const e2e = runs.split('\n').filter((line) => line.includes('playwright test'));
    expect(e2e).toEqual(['xvfb-run --auto-servernum -- npx playwright test', 'npx playwright test']);
    // No --project filter: the chromium and electron hosts both run.
    expect(e2e.some((line) => line.includes('--project'))).toBe(false);
  });

  it('sends nothing anywhere but the run itself: read-only token, artifacts only to the run', () => {
    expect(source).toMatch(/^permissions:\n {2}contents: read$/m);
    expect(source).not.toMatch(/--publish always|secrets\./);
  });
});
