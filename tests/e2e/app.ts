import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';
import { launchChromiumHost } from './hosts/launchChromiumHost';
import { electronBinary, launchElectronHost } from './hosts/launchElectronHost';
import type { LaunchedApp, LaunchOptions } from './hosts/types';

export type { LaunchedApp, LaunchOptions, ScriptedDialogs } from './hosts/types';

/**
 * The host of the running Playwright project ('chromium' or 'electron'), so one spec set runs on
 * both; outside a project, electron where an Electron binary exists, else chromium.
 */
function projectHost(): 'chromium' | 'electron' {
  try {
    return test.info().project.name === 'electron' ? 'electron' : 'chromium';
  } catch {
    return 'path' in electronBinary() ? 'electron' : 'chromium';
  }
}

/**
 * Starts Tagwerk for an end-to-end test on a fresh data folder (unless one is passed) in the
 * project's host; on the electron project without a binary the test is skipped with the reason.
 */
export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const host = options.host ?? projectHost();
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'tagwerk-e2e-')));
  const locale = options.locale ?? 'en-US';
  const annotator = options.annotator === undefined ? 'tester' : options.annotator;
  if (host === 'electron') {
    const binary = electronBinary();
    // CI with a binary (the GitHub workflow) sets TAGWERK_REQUIRE_ELECTRON: there a missing binary fails instead of skipping.
    if ('missing' in binary && process.env.TAGWERK_REQUIRE_ELECTRON) throw new Error(binary.missing);
    test.skip('missing' in binary, `electron host skipped: ${'missing' in binary ? binary.missing : ''}`);
    return launchElectronHost({ dataDir, locale, annotator, dialogs: options.dialogs ?? {} });
  }
  return launchChromiumHost({ dataDir, locale, annotator, dialogs: options.dialogs ?? {} });
}
