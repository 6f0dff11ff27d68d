import { homedir, userInfo } from 'node:os';
import { terminalText } from './terminalText';

/**
 * What every command runs on, injected so tests call commands in-process with fakes: output
 * sinks, environment, working folder, clock, the inputs of data-folder resolution, the OS user
 * name (the annotator of last resort) and the pid written into the store lock.
 */
export interface CliDeps {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly clock: () => Date;
  readonly platform: NodeJS.Platform;
  readonly homedir: string;
  readonly userName: () => string;
  readonly pid: number;
}

/** The OS login name, or '' where the platform has none (a user without a passwd entry). */
function osUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return '';
  }
}

/**
 * The folder the user typed the command in. `npm run` starts scripts in the package root and
 * passes the caller's folder as INIT_CWD; it is used only when npm is running our own script,
 * so a stale INIT_CWD inherited from another npm command is never taken.
 */
export function invocationFolder(env: Readonly<Record<string, string | undefined>>, processCwd: string): string {
  const fromNpm = env.npm_lifecycle_event === 'tagwerk' ? env.INIT_CWD : undefined;
  return fromNpm === undefined || fromNpm === '' ? processCwd : fromNpm;
}

/** The real process's dependencies: its streams (every line escaped for the terminal), environment, folder, clock and user. */
export function createProcessDeps(): CliDeps {
  return {
    stdout: (text) => void process.stdout.write(terminalText(text)),
    stderr: (text) => void process.stderr.write(terminalText(text)),
    env: process.env,
    cwd: invocationFolder(process.env, process.cwd()),
    clock: () => new Date(),
    platform: process.platform,
    homedir: homedir(),
    userName: osUserName,
    pid: process.pid,
  };
}
