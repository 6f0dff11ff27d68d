import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCES = ['renderer', 'shared', 'electron', 'electron.vite.config.ts', 'package.json'];
const OUTPUT = path.join(ROOT, 'out/renderer/index.html');

/** The newest modification time among a file or everything below a folder. */
function newestMtime(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Builds main, preload and renderer when the build is missing or older than its sources. */
export default function globalSetup(): void {
  const sourceTime = Math.max(...SOURCES.map((s) => path.join(ROOT, s)).filter(existsSync).map(newestMtime));
  if (existsSync(OUTPUT) && statSync(OUTPUT).mtimeMs >= sourceTime) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
}
