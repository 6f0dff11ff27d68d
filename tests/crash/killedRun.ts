import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WRITER = fileURLToPath(new URL('./writer.ts', import.meta.url));

/** When to kill: after `afterAcks` acknowledged saves, `delayMs` later (i.e. inside the next save). */
export interface KillPlan {
  afterAcks: number;
  delayMs: number;
}

/** Starts the writer, SIGKILLs it as planned, and returns what it acknowledged and how long saves took. */
export function killedRun(dataDir: string, plan: KillPlan): Promise<{ lastAck: number; acks: number; notices: string[]; saveMs: number[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let lastAck = -1;
    let acks = 0;
    const notices: string[] = [];
    const saveMs: number[] = [];
    let lastEvent = 0;
    const arm = () => {
      if (acks === plan.afterAcks) timer = setTimeout(() => child.kill('SIGKILL'), plan.delayMs);
    };
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [word, value] = line.split(' ');
        if (word === 'ready') {
          lastAck = Number(value);
          lastEvent = performance.now();
          arm();
        } else if (word === 'notice') {
          notices.push(value ?? '');
        } else if (word === 'ack') {
          lastAck = Number(value);
          acks += 1;
          if (acks > 1) saveMs.push(performance.now() - lastEvent);
          lastEvent = performance.now();
          arm();
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer exited by itself (code ${code}): ${stderr}`));
      else resolve({ lastAck, acks, notices, saveMs });
    });
  });
}
