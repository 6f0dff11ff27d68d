import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileArguments } from '../../../../../../electron/main/handlers/corpus/fileArguments';

const cwd = path.resolve('/home/jonas/Nachrichten');

describe('fileArguments', () => {
  it.each([
    ['a packaged app given one file', ['/opt/Tagwerk/tagwerk', 'Gipfel Brüssel.txt'], false, [path.join(cwd, 'Gipfel Brüssel.txt')]],
    ['the dev app (electron .) given two files', ['/usr/bin/electron', '.', '/tmp/a.txt', 'b 😀.md'], true, ['/tmp/a.txt', path.join(cwd, 'b 😀.md')]],
    ['switches and a data dir with its value', ['tagwerk', '--data-dir', '/srv/data', '--lang=de', 'x.html'], false, [path.join(cwd, 'x.html')]],
    ['a second instance with Chromium switches appended', ['tagwerk', '--allow-file-access-from-files', '--original-process-start-time=1', 'Mu\u0308ller.txt'], false, [path.join(cwd, 'Mu\u0308ller.txt')]],
    ['no files at all', ['tagwerk'], false, []],
    ['an end-of-options marker', ['tagwerk', '--', 'c.txt'], false, [path.join(cwd, 'c.txt')]],
  ])('reads %s', (_name, argv, defaultApp, expected) => {
    expect(fileArguments(argv, { defaultApp, workingDirectory: cwd })).toEqual(expected);
  });
});
