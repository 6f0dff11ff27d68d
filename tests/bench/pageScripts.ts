import path from 'node:path';
import { build } from 'esbuild';
import type { Page } from '@playwright/test';

const cache = new Map<string, Promise<string>>();

/** A browser file of tests/bench/page bundled to one IIFE script (cached per run). */
export function pageScript(name: 'probe' | 'peers'): Promise<string> {
  let script = cache.get(name);
  if (!script) {
    script = build({
      entryPoints: [path.resolve(import.meta.dirname, 'page', `${name}.ts`)],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      logLevel: 'silent',
      loader: { '.css': 'empty' },
    }).then((result) => result.outputFiles[0]?.text ?? '');
    cache.set(name, script);
  }
  return script;
}

/**
 * Installs the probe in `page` through the DevTools protocol (not a script tag, so the app's
 * content security policy stays as it is); with `early`, for every document the page loads next.
 */
export async function installProbe(page: Page, early = false): Promise<void> {
  const script = await pageScript('probe');
  if (early) await page.addInitScript({ content: script });
  else await page.evaluate(script);
}
