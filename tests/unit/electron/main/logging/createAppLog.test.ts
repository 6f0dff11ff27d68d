import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const lines: Array<[string, unknown[]]> = [];
const caught: unknown[] = [];
const log = {
  transports: { file: { resolvePathFn: (): string => '', maxSize: 0, level: 'silly' as unknown }, remote: { level: 'info' as unknown }, ipc: { level: 'info' as unknown } },
  errorHandler: { startCatching: (options: unknown) => void caught.push(options) },
  info: (...args: unknown[]) => void lines.push(['info', args]),
  warn: (...args: unknown[]) => void lines.push(['warn', args]),
  error: (...args: unknown[]) => void lines.push(['error', args]),
};
vi.mock('electron-log/main', () => ({ default: log }));

const { createAppLog } = await import('../../../../../electron/main/logging/createAppLog');

describe('createAppLog', () => {
  it('writes one rotating file in the data folder, catches uncaught errors without a dialog, and sends nothing anywhere', () => {
    const dataDir = '/home/ju\u0308rgen/Tagwerk 🎉';
    const appLog = createAppLog(dataDir);
    expect(appLog.file).toBe(path.join(dataDir, 'logs', 'main.log'));
    expect(log.transports.file.resolvePathFn()).toBe(appLog.file);
    expect(log.transports.file.maxSize).toBe(1024 * 1024);
    expect(log.transports.file.level).toBe('info');
    expect(log.transports.remote.level).toBe(false);
    expect(log.transports.ipc.level).toBe(false);
    expect(caught).toEqual([{ showDialog: false }]);
  });

  it('passes messages and errors through by level', () => {
    const appLog = createAppLog('/d');
    const failure = new Error('disk full');
    appLog.info('started');
    appLog.warn('2 files not opened');
    appLog.error('About failed', failure);
    expect(lines).toEqual([
      ['info', ['started']],
      ['warn', ['2 files not opened']],
      ['error', ['About failed', failure]],
    ]);
  });
});
