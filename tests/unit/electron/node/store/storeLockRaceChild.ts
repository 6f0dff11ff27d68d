/**
 * One racer of the store-lock race test: in every round it waits for the round's start time,
 * tries to take the lock of that round's data folder and, when it wins, records its pid there.
 * Args: baseDir, rounds, startAtMs, sliceMs, stalePid.
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { acquireStoreLock } from '../../../../../electron/node/store/storeLock';

async function main(): Promise<void> {
  const [baseDir = '', rounds = '0', startAt = '0', slice = '0', stalePid = '0'] = process.argv.slice(2);
  for (let round = 0; round < Number(rounds); round++) {
    const dir = path.join(baseDir, String(round));
    const at = Number(startAt) + round * Number(slice);
    while (Date.now() < at) {
      // Spin until the round starts so all racers hit the lock together.
    }
    // Every racer stays alive for the whole test, so only the seeded dead pid counts as gone.
    const result = await acquireStoreLock(dir, { owner: 'cli', pid: process.pid }, { isPidAlive: (pid) => pid !== Number(stalePid) });
    if (result.ok) appendFileSync(path.join(dir, 'holders'), `${process.pid}\n`);
  }
}

void main();
