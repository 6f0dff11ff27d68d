import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PackageReader } from './collectLicences';

const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt|markdown))?$/i;

/** The package reader on the real node_modules: JSON.parse of package.json, the first LICENSE/LICENCE/COPYING file. */
export const fsPackageReader: PackageReader = {
  manifest(dir) {
    const file = path.join(dir, 'package.json');
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : null;
  },
  licenceText(dir) {
    const name = readdirSync(dir).find((entry) => LICENCE_FILE.test(entry));
    return name ? readFileSync(path.join(dir, name), 'utf8') : null;
  },
};
