import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { NamedFile } from '@shared/formats/formatAdapter';
import { repoPath } from './formatTestSupport';

/** Every file under a fixture folder as `NamedFile`s named by their `/`-separated path inside it, sorted. */
export function readFixtureFolder(folder: string): NamedFile[] {
  const root = repoPath(folder);
  const walk = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
  return walk(root)
    .map((path) => ({ name: relative(root, path).split('\\').join('/'), content: readFileSync(path, 'utf8') }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** A fixture file's text. */
export function readFixture(path: string): string {
  return readFileSync(repoPath(path), 'utf8');
}
