import { spawn } from 'node:child_process';
import type { RunCommand } from './ensureElectronBinary';

/**
 * Runs a command with its output captured (not shown: a failed download's stack trace is not for
 * the user) and kills it when it outlives the timeout, so a stalled network never hangs the caller.
 */
export const spawnCommand: RunCommand = (command, args, options) =>
  new Promise((resolve) => {
    const child = spawn(command, [...args], { env: options.env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let output = '';
    let timedOut = false;
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8');
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, output: `${output}${error.message}`, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: timedOut ? null : code, output, timedOut });
    });
  });
