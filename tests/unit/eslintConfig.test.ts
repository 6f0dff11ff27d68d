import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = path.join(repo, 'tests/fixtures/lint');

/** The rule ids our config reports per fixture file (relative to the fixture folder). */
let reported: Map<string, string[]>;

beforeAll(async () => {
  const eslint = new ESLint({ cwd: fixtures, overrideConfigFile: path.join(repo, 'eslint.config.js') });
  const results = await eslint.lintFiles(['.']);
  reported = new Map(results.map((r) => [path.relative(fixtures, r.filePath).split(path.sep).join('/'), r.messages.map((m) => m.ruleId ?? m.message)]));
}, 120_000);

describe('eslint.config.js keeps the layers apart and the import graph acyclic', () => {
  it.each([
    ['electron/node/usesElectron.ts', 'no-restricted-imports', 'a Node service importing electron'],
    ['electron/node/usesMain.ts', 'no-restricted-imports', 'a Node service importing electron/main'],
    ['electron/main/usesCli.ts', 'no-restricted-imports', 'main importing the CLI'],
    ['electron/cli/usesMain.ts', 'no-restricted-imports', 'the CLI importing main'],
    ['shared/usesAlias.ts', 'no-restricted-imports', 'shared/ using the @shared alias instead of a relative import'],
    ['shared/cycle/first.ts', 'import-x/no-cycle', 'one side of an import cycle'],
    ['shared/cycle/second.ts', 'import-x/no-cycle', 'the other side of the cycle'],
  ])('fails %s (%s: %s)', (file, rule) => {
    expect(reported.get(file)).toContain(rule);
  });

  it('passes the CLI importing a Node service or shared/ through the alias, and the leaf modules', () => {
    for (const file of ['electron/cli/usesNode.ts', 'electron/cli/usesShared.ts', 'electron/node/nodeName.ts', 'electron/main/mainName.ts', 'electron/cli/cliName.ts']) {
      expect(reported.get(file), file).toEqual([]);
    }
  });
});
