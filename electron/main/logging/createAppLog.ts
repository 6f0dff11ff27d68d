import log from 'electron-log/main';
import { logFilePath } from './logFilePath';

/** Rotation: past 1 MB the log moves to main.old.log and a new one starts, so logs never grow without bound. */
const MAX_LOG_BYTES = 1024 * 1024;

/** What the app logs through: levelled lines with no document text (ids, counts, file names, errors only). */
export interface AppLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
  /** The current log file, for Help ▸ Show logs. */
  file: string;
}

/**
 * The thin adapter on electron-log: one rotating file in the data folder, uncaught errors caught
 * into it (no dialog), and no remote or IPC transport, so nothing is ever sent anywhere.
 */
export function createAppLog(dataDir: string): AppLog {
  const file = logFilePath(dataDir);
  log.transports.file.resolvePathFn = () => file;
  log.transports.file.maxSize = MAX_LOG_BYTES;
  log.transports.file.level = 'info';
  log.transports.remote.level = false;
  log.transports.ipc.level = false;
  log.errorHandler.startCatching({ showDialog: false });
  return {
    info: (message) => log.info(message),
    warn: (message) => log.warn(message),
    error: (message, error) => (error === undefined ? log.error(message) : log.error(message, error)),
    file,
  };
}
