import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import type { CliDeps } from '../../../../electron/cli/cliDeps';

/** The repository root (commands in tests run with it as their working folder). */
export const REPO = fileURLToPath(new URL('../../../../', import.meta.url));

/** The fixed export time every test clock returns. */
export const NOW = '2026-11-20T12:00:00.000Z';

/** The corpus texts in tests/fixtures/corpus, relative to the repository. */
export const CORPUS_TEXTS = [
  'tests/fixtures/corpus/000_2010653594c6cf10.txt',
  'tests/fixtures/corpus/emoji-astral.txt',
  'tests/fixtures/corpus/gipfel.cp1252.txt',
  'tests/fixtures/corpus/nfd-umlaute.txt',
  'tests/fixtures/corpus/utf8-bom.txt',
  'tests/fixtures/corpus/wahl.utf16le-bom.txt',
] as const;

/** Jonas's tags of the built-in article (a colleague's export). */
export const JONAS = 'tests/fixtures/review/000_2010653594c6cf10.jonas.tagwerk.json';
/** kim's and jonas's tags of the emoji text and of an NFD (non-canonical) copy of the umlaut text. */
export const MIXED = 'tests/fixtures/formats/mixed.tagwerk.json';
/** The built-in article's id. */
export const ARTICLE_ID = 'sha256:b5314d02dded73deae22ec33f3ffe4c8d4dff4f212d8f87c7fde2e2a6a7af58e';

/** A command's captured output and exit code. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Fake process deps: captured streams, empty env, the repo as cwd, a fixed clock, user "tester". */
export function fakeDeps(overrides: Partial<CliDeps> = {}): { deps: CliDeps; stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  const deps: CliDeps = {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    env: {},
    cwd: REPO,
    clock: () => new Date(NOW),
    platform: 'linux',
    homedir: '/nonexistent-home',
    userName: () => 'tester',
    pid: process.pid,
    ...overrides,
  };
  return { deps, stdout: () => out, stderr: () => err };
}

/** Runs a command in-process and returns what it printed and its exit code. */
export async function run(command: (args: readonly string[], deps: CliDeps) => Promise<number>, args: readonly string[], overrides: Partial<CliDeps> = {}): Promise<CliRun> {
  const fake = fakeDeps(overrides);
  const code = await command(args, fake.deps);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'tagwerk-cli-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Every file under `dir` with its content and mtime, to prove that a command wrote nothing. */
export function snapshotTree(dir: string): Record<string, { content: string; mtimeMs: number }> {
  const out: Record<string, { content: string; mtimeMs: number }> = {};
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else out[rel] = { content: readFileSync(path.join(dir, rel), 'base64'), mtimeMs: statSync(path.join(dir, rel)).mtimeMs };
    }
  };
  walk('');
  return out;
}

/** Lines of a command's output, without the empty last one. */
export function lines(text: string): string[] {
  return text.split('\n').filter((l) => l !== '');
}
