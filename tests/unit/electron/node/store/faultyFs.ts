import { createNodeFsPort, type FsPort } from '../../../../../electron/node/store/fsPort';

type Operation = keyof FsPort;

interface Fault {
  op: Operation;
  code: string;
  remaining: number;
  matches: (path: string) => boolean;
}

/** A system error as node:fs raises it (message and `code`). */
export function systemError(code: string, path = ''): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected fault, '${path}'`), { code, path });
}

/**
 * The real fs port with injectable faults: `fail('rename', 'EPERM', { times: 2 })` makes the
 * next two renames (optionally only for matching paths) throw like the OS would; `calls` logs
 * every operation so tests can assert what was (not) touched.
 */
export function createFaultyFs(base: FsPort = createNodeFsPort()) {
  const faults: Fault[] = [];
  const calls: Array<{ op: Operation; path: string }> = [];
  const check = (op: Operation, path: string) => {
    calls.push({ op, path });
    const fault = faults.find((f) => f.op === op && f.remaining > 0 && f.matches(path));
    if (fault === undefined) return;
    fault.remaining -= 1;
    throw systemError(fault.code, path);
  };
  const fs: FsPort = {
    readFile: async (p) => (check('readFile', p), base.readFile(p)),
    writeNewFileDurably: async (p, d) => (check('writeNewFileDurably', p), base.writeNewFileDurably(p, d)),
    rename: async (a, b) => (check('rename', a), base.rename(a, b)),
    link: async (a, b) => (check('link', a), base.link(a, b)),
    copyFile: async (a, b) => (check('copyFile', a), base.copyFile(a, b)),
    unlink: async (p) => (check('unlink', p), base.unlink(p)),
    mkdir: async (p) => (check('mkdir', p), base.mkdir(p)),
    readdir: async (p) => (check('readdir', p), base.readdir(p)),
    stat: async (p) => (check('stat', p), base.stat(p)),
    fsyncDir: async (p) => (check('fsyncDir', p), base.fsyncDir(p)),
  };
  return {
    fs,
    calls,
    fail(op: Operation, code: string, options: { times?: number; path?: RegExp } = {}) {
      const pattern = options.path;
      faults.push({ op, code, remaining: options.times ?? 1, matches: (p) => pattern === undefined || pattern.test(p) });
    },
    clearFaults() {
      faults.length = 0;
    },
  };
}
