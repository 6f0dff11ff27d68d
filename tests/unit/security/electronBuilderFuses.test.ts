import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
// Resolve through electron-builder, so the schema and YAML parser are the ones the packager itself uses.
const builderRequire = createRequire(createRequire(path.join(ROOT, 'package.json')).resolve('app-builder-lib/package.json'));
const schema = builderRequire('./scheme.json') as Record<string, unknown>;
const yaml = builderRequire('js-yaml') as { load(text: string): unknown };

const config = yaml.load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;

// electron-builder's schema is draft-07 with keywords ajv's strict mode does not know.
const check = new Ajv({ strict: false, allErrors: true }).compile(schema);
function validate(candidate: unknown) {
  return { valid: check(candidate), errors: check.errors ?? [] };
}

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own JSON schema", () => {
    const { valid, errors } = validate(config);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would be rejected by that schema with a misspelt or mistyped fuse', () => {
    const fuses = config.electronFuses as Record<string, unknown>;
    expect(validate({ ...config, electronFuses: { ...fuses, runAsNod: false } }).valid).toBe(false);
    expect(validate({ ...config, electronFuses: { ...fuses, runAsNode: 'false' } }).valid).toBe(false);
  });

  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableCookieEncryption', true],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['grantFileProtocolExtraPrivileges', false],
  ])('sets the fuse %s to %s', (fuse, value) => {
    expect((config.electronFuses as Record<string, unknown>)[fuse]).toBe(value);
  });

  it('packs the app into an asar archive (the integrity and only-from-asar fuses need one)', () => {
    expect(config.asar).toBe(true);
  });
});
