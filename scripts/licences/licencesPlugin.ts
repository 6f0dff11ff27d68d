import type { Plugin } from 'vite';
import { collectLicences } from './collectLicences';
import { fsPackageReader } from './fsPackageReader';

/** The file main reads for the About dialog, beside its own bundle (out/main/licenses.json). */
export const LICENCES_FILE = 'licenses.json';

/**
 * A build plugin for the main process: writes the licences of every shipped dependency into the
 * build, generated from their package.json files at build time, so About never reads node_modules.
 */
export function licencesPlugin(root: string): Plugin {
  return {
    name: 'tagwerk-licences',
    apply: 'build',
    generateBundle() {
      const packages = collectLicences(fsPackageReader, root);
      this.emitFile({ type: 'asset', fileName: LICENCES_FILE, source: `${JSON.stringify({ packages }, null, 2)}\n` });
    },
  };
}
