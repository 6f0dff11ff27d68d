import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** When to kill: after `afterAcks` acknowledged saves, `delayMs` later (i.e. inside the next save). */
export interface KillPlan {
  afterAcks: number;
  delayMs: number;
}

/** What a killed writer acknowledged: `ack <rev>` lines (a save) or `ack <operation> <n>` lines. */
export interface KilledRun {
  /** The last acknowledged save's rev (-1 before `ready`). */
  lastAck: number;
  acks: number;
  /** The last `n` acknowledged per operation (`save` for `ack <rev>`). */
  lastAcks: Record<string, number>;
  /** How many of each operation were acknowledged. */
  ackCounts: Record<string, number>;
  notices: string[];
  /** Time between consecutive acknowledgements. */
  saveMs: number[];
}

/** Starts a writer (default: the annotation saver), SIGKILLs it as planned, and returns what it acknowledged and how long its writes took. */
export function killedRun(dataDir: string, plan: KillPlan, writer: URL = new URL('./writer.ts', import.meta.url)): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(writer), dataDir], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let lastAck = -1;
    let acks = 0;
    const lastAcks: Record<string, number> = {};
    const ackCounts: Record<string, number> = {};
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
        const [word, first, second] = line.split(' ');
        const value = second === undefined ? first : second;
        if (word === 'ready') {
          lastAck = Number(value);
          lastEvent = performance.now();
          arm();
        } else if (word === 'notice') {
          notices.push(value ?? '');
        } else if (word === 'ack') {
          const op = second === undefined ? 'save' : (first ?? '');
          if (op === 'save') lastAck = Number(value);
          lastAcks[op] = Number(value);
          ackCounts[op] = (ackCounts[op] ?? 0) + 1;
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
      else resolve({ lastAck, acks, lastAcks, ackCounts, notices, saveMs });
    });
  });
}
