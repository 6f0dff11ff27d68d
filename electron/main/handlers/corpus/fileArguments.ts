import path from 'node:path';

/** Options of our own that take a value in the next argument. */
const OPTIONS_WITH_VALUE = new Set(['--data-dir']);

/**
 * The files the OS asked us to open, from a process's argv (at launch, or a second instance's):
 * the executable and, when Electron runs a script (`electron .`), the script are skipped, as are
 * switches (`--lang=de`, `--data-dir DIR`); relative paths resolve against `workingDirectory`.
 */
export function fileArguments(argv: readonly string[], options: { defaultApp: boolean; workingDirectory: string }): string[] {
  const files: string[] = [];
  const rest = argv.slice(options.defaultApp ? 2 : 1);
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (arg === '--') continue;
    if (arg.startsWith('-')) {
      if (OPTIONS_WITH_VALUE.has(arg)) i += 1;
      continue;
    }
    if (arg.length > 0) files.push(path.resolve(options.workingDirectory, arg));
  }
  return files;
}
