import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_FILE_NAME } from '../../../../../electron/node/store/storeLock';
import { tempDataDir } from './storeTestKit';

const RACERS = 10;
const ROUNDS = Number(process.env.TAGWERK_LOCK_RACE_ROUNDS ?? 50);
const SLICE_MS = 40;
const STALE_PID = 2 ** 22 + 4321;
const child = path.join(__dirname, 'storeLockRaceChild.ts');
const tsx = path.join(__dirname, '../../../../../node_modules/.bin/tsx');

let baseDir: string;
let cleanup: () => void;
beforeEach(() => ({ dataDir: baseDir, cleanup } = tempDataDir()));
afterEach(() => cleanup());

/** What each round starts with: no lock, a lock of a dead process, or an empty (torn) lock file. */
function seedRound(round: number): void {
  const dir = path.join(baseDir, String(round));
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'holders'), '');
  const lock = path.join(dir, LOCK_FILE_NAME);
  if (round % 3 === 1) writeFileSync(lock, JSON.stringify({ pid: STALE_PID, owner: 'app', startedAt: '2026-01-01T00:00:00.000Z', hostname: hostname(), token: `dead${round}` }));
  if (round % 3 === 2) writeFileSync(lock, '');
}

function runRacer(startAt: number): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const proc = spawn(tsx, [child, baseDir, String(ROUNDS), String(startAt), String(SLICE_MS), String(STALE_PID)], { stdio: ['ignore', 'ignore', 'inherit'] });
    proc.on('error', reject);
    proc.on('exit', resolve);
  });
}

describe('acquireStoreLock under a race of processes', () => {
  it(`lets exactly one of ${RACERS} processes hold the lock in each of ${ROUNDS} rounds, free, stale or torn`, async () => {
    for (let round = 0; round < ROUNDS; round++) seedRound(round);
    const startAt = Date.now() + 6000;
    const codes = await Promise.all(Array.from({ length: RACERS }, () => runRacer(startAt)));
    expect(codes).toEqual(Array(RACERS).fill(0));
    for (let round = 0; round < ROUNDS; round++) {
      const holders = readFileSync(path.join(baseDir, String(round), 'holders'), 'utf8').split('\n').filter(Boolean);
      expect({ round, holders: holders.length }).toEqual({ round, holders: 1 });
    }
  }, 60_000);
});
