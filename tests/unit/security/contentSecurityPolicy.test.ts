import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/security/contentSecurityPolicy';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Splits a policy into directive name -> source list (names lower-cased, as browsers treat them). */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(directives.has(name.toLowerCase()), `directive ${name} appears twice (browsers ignore the second)`).toBe(false);
    directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The content of the single CSP <meta> of an HTML file. */
function metaPolicy(html: string): string {
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/gi)];
  expect(metas).toHaveLength(1);
  return metas[0]?.[1] ?? '';
}

// A <meta> CSP cannot carry these; they only work as a header.
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);
const header = parsePolicy(CONTENT_SECURITY_POLICY);

describe('the Content-Security-Policy', () => {
  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('sets %s to exactly %j', (name, sources) => {
    expect(header.get(name)).toEqual(sources);
  });

  it('allows no eval, no inline code, no wildcard and no network source', () => {
    for (const [name, sources] of header) {
      for (const source of sources) {
        expect(source, name).not.toMatch(/unsafe-|^\*$|^https?:|^wss?:|^blob:|^filesystem:/i);
      }
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes/);
  });

  it('is repeated in renderer/index.html: same directives, only the header-only ones missing', () => {
    const meta = parsePolicy(metaPolicy(readFileSync(path.join(ROOT, 'renderer/index.html'), 'utf8')));
    const expected = new Map([...header].filter(([name]) => !HEADER_ONLY.has(name)));
    expect(Object.fromEntries(meta)).toEqual(Object.fromEntries(expected));
  });

  const built = path.join(ROOT, 'out/renderer/index.html');
  it.skipIf(!existsSync(built))(
    `is kept by the built renderer, which has no inline script, style or handler${existsSync(built) ? '' : ' — SKIPPED: out/renderer is not built'}`,
    () => {
      const html = readFileSync(built, 'utf8');
      expect(metaPolicy(html)).toBe(metaPolicy(readFileSync(path.join(ROOT, 'renderer/index.html'), 'utf8')));
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(html).not.toMatch(/<style\b/i);
      expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    },
  );
});
