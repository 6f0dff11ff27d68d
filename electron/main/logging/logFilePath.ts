import path from 'node:path';

/** The app's log file: `logs/main.log` in the data folder (the rotated one is `main.old.log` beside it). */
export function logFilePath(dataDir: string): string {
  return path.join(dataDir, 'logs', 'main.log');
}
