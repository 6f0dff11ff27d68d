import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const json = (file: string): unknown => JSON.parse(readFileSync(path.join(repo, file), 'utf8'));

describe('the root tsconfig.json', () => {
  it('references exactly the projects `npm run typecheck` checks, so an editor checks every folder as strictly', () => {
    const { scripts } = z.object({ scripts: z.object({ typecheck: z.string() }) }).parse(json('package.json'));
    const checked = [...scripts.typecheck.matchAll(/tsc -p (\S+)/g)].map((m) => path.normalize(m[1] ?? ''));
    const { references } = z.object({ references: z.array(z.object({ path: z.string() })) }).parse(json('tsconfig.json'));
    expect(references.map((r) => path.normalize(r.path)).sort()).toEqual(checked.sort());
    expect(checked).toHaveLength(4);
  });
});
