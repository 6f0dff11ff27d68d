import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectLicences, type PackageReader } from '../../../../scripts/licences/collectLicences';

/** A node_modules tree in memory: folder → package.json (and licence text). */
function reader(tree: Record<string, { manifest: unknown; licence?: string }>): PackageReader {
  return {
    manifest: (dir) => tree[dir]?.manifest ?? null,
    licenceText: (dir) => tree[dir]?.licence ?? null,
  };
}

const ROOT = '/home/ju\u0308rgen/🎉 tagwerk';
const nm = (...names: string[]) => path.join(ROOT, ...names.flatMap((n) => ['node_modules', n]));

describe('collectLicences', () => {
  it('lists the shipped dependencies transitively (not dev dependencies), resolved as Node does, each name@version once, sorted', () => {
    const tree = {
      [ROOT]: { manifest: { name: 'tagwerk', version: '0.1.0', dependencies: { react: '^19', zod: '^4' }, devDependencies: { vitest: '^4' } } },
      [nm('react')]: { manifest: { name: 'react', version: '19.2.0', license: 'MIT', dependencies: { 'loose-envify': '^1' } }, licence: 'MIT License\nCopyright Meta' },
      [nm('zod')]: { manifest: { name: 'zod', version: '4.1.0', license: 'MIT', dependencies: { 'loose-envify': '^2' } } },
      // zod's own nested copy wins over the hoisted one, as in Node's resolution.
      [nm('zod', 'loose-envify')]: { manifest: { name: 'loose-envify', version: '2.0.0', licenses: [{ type: 'BSD-2-Clause' }] } },
      [nm('loose-envify')]: { manifest: { name: 'loose-envify', version: '1.4.0', license: { type: 'MIT' } } },
      [nm('vitest')]: { manifest: { name: 'vitest', version: '4.0.0', license: 'MIT' } },
    };
    expect(collectLicences(reader(tree), ROOT)).toEqual([
      { name: 'loose-envify', version: '1.4.0', license: 'MIT', text: null },
      { name: 'loose-envify', version: '2.0.0', license: 'BSD-2-Clause', text: null },
      { name: 'react', version: '19.2.0', license: 'MIT', text: 'MIT License\nCopyright Meta' },
      { name: 'zod', version: '4.1.0', license: 'MIT', text: null },
    ]);
  });

  it('marks a package without a licence field UNKNOWN, skips optional dependencies that are not installed, and survives cycles', () => {
    const tree = {
      [ROOT]: { manifest: { name: 'tagwerk', version: '0.1.0', dependencies: { a: '1' }, optionalDependencies: { 'fsevents-like': '1' } } },
      [nm('a')]: { manifest: { name: 'a', version: '1.0.0', dependencies: { b: '1' } } },
      [nm('b')]: { manifest: { name: 'b', version: '1.0.0', license: 'ISC', dependencies: { a: '1' } } },
    };
    expect(collectLicences(reader(tree), ROOT).map((e) => `${e.name} ${e.license}`)).toEqual(['a UNKNOWN', 'b ISC']);
  });
});
