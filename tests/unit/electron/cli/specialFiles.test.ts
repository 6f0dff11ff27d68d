import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../../electron/cli/runImport';
import { runValidate } from '../../../../electron/cli/runValidate';
import { run, tempDir } from './cliTestKit';

/** Each command must answer within this; before the check, /dev/zero grew to gigabytes and a FIFO hung forever. */
const AT_ONCE_MS = 5000;

async function timed<T>(work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  expect(performance.now() - started).toBeLessThan(AT_ONCE_MS);
  return result;
}

describe('special files in the CLI', () => {
  it('validate /dev/zero answers at once: exit 1, "is a device"', async () => {
    const result = await timed(() => run(runValidate, ['/dev/zero']));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('/dev/zero: is a device, not a regular file; only regular files are read\n');
  });

  it('validate and import refuse a FIFO at once', async () => {
    const dir = tempDir();
    execFileSync('mkfifo', [path.join(dir, 'pipe.tagwerk.json'), path.join(dir, 'pipe.txt')]);
    const validated = await timed(() => run(runValidate, ['pipe.tagwerk.json'], { cwd: dir }));
    expect(validated.code).toBe(1);
    expect(validated.stderr).toContain('pipe.tagwerk.json: is a named pipe (FIFO)');
    const dataDir = tempDir();
    const imported = await timed(() => run(runImport, ['--data-dir', dataDir, 'pipe.txt'], { cwd: dir }));
    expect(imported.code).toBe(1);
    expect(imported.stderr).toContain('pipe.txt: is a named pipe (FIFO)');
  });

  it.each([
    ['a .txt symlink to a file outside the folder', (folder: string, outside: string) => symlinkSync(outside, path.join(folder, 'leak.txt')), 'leak.txt: is a symbolic link'],
    ['a .txt symlink to /dev/zero', (folder: string) => symlinkSync('/dev/zero', path.join(folder, 'zero.txt')), 'zero.txt: is a symbolic link'],
    ['a FIFO named .ann', (folder: string) => execFileSync('mkfifo', [path.join(folder, 'pipe.ann')]), 'pipe.ann: is a named pipe (FIFO)'],
  ])('a brat folder with %s is refused at once and nothing is imported', async (_name, plant, message) => {
    const root = tempDir();
    const folder = path.join(root, 'brat');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'a.txt'), 'Mu\u0308ller sagt 😀.');
    writeFileSync(path.join(folder, 'a.ann'), 'T1\tactor 0 6\tMüller\n');
    const outside = path.join(root, 'secret.txt');
    writeFileSync(outside, 'geheim');
    plant(folder, outside);
    const dataDir = tempDir();
    const result = await timed(() => run(runImport, ['--data-dir', dataDir, '--format', 'brat', '--annotator', 'kim', 'brat'], { cwd: root }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
    expect(existsSync(path.join(dataDir, 'documents'))).toBe(false);
  });
});
