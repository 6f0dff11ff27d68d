import path from 'node:path';
import { z } from 'zod';

/** One shipped package and the licence it is distributed under (with its licence file's text, when it has one). */
export interface LicenceEntry {
  name: string;
  version: string;
  license: string;
  text: string | null;
}

/** The reads the walk needs: a folder's package.json (unknown, or null if none) and its licence file's text. */
export interface PackageReader {
  manifest(dir: string): unknown;
  licenceText(dir: string): string | null;
}

const LicenceField = z.union([z.string(), z.object({ type: z.string() })]);
const ManifestSchema = z.object({
  name: z.string(),
  version: z.string(),
  license: LicenceField.optional(),
  licenses: z.array(LicenceField).optional(),
  dependencies: z.record(z.string(), z.string()).optional(),
  optionalDependencies: z.record(z.string(), z.string()).optional(),
});
type Manifest = z.infer<typeof ManifestSchema>;

function licenceOf(manifest: Manifest): string {
  const name = (field: z.infer<typeof LicenceField>) => (typeof field === 'string' ? field : field.type);
  if (manifest.license !== undefined) return name(manifest.license);
  if (manifest.licenses && manifest.licenses.length > 0) return manifest.licenses.map(name).join(' OR ');
  return 'UNKNOWN';
}

/** Where Node finds `name` from a package in `from`: its own node_modules, then each folder up to the root's. */
function resolveFrom(reader: PackageReader, from: string, name: string, root: string): { dir: string; manifest: Manifest } | null {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    const parsed = ManifestSchema.safeParse(reader.manifest(candidate));
    if (parsed.success) return { dir: candidate, manifest: parsed.data };
    if (dir === root || path.dirname(dir) === dir) return null;
  }
}

/**
 * The packages a build ships: the root's `dependencies` and theirs, transitively, resolved as
 * Node resolves them (dev dependencies are not shipped), each with its licence from package.json;
 * sorted by name and version, each name@version once. The root itself is not listed.
 */
export function collectLicences(reader: PackageReader, root: string): LicenceEntry[] {
  const rootManifest = ManifestSchema.parse(reader.manifest(root));
  const found = new Map<string, LicenceEntry>();
  const visited = new Set<string>();
  const queue: Array<{ from: string; manifest: Manifest }> = [{ from: root, manifest: rootManifest }];
  while (queue.length > 0) {
    const { from, manifest } = queue.shift() as { from: string; manifest: Manifest };
    const names = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.optionalDependencies ?? {})];
    for (const name of names) {
      const resolved = resolveFrom(reader, from, name, root);
      if (!resolved || visited.has(resolved.dir)) continue;
      visited.add(resolved.dir);
      const key = `${resolved.manifest.name}@${resolved.manifest.version}`;
      if (!found.has(key)) {
        found.set(key, { name: resolved.manifest.name, version: resolved.manifest.version, license: licenceOf(resolved.manifest), text: reader.licenceText(resolved.dir) });
      }
      queue.push({ from: resolved.dir, manifest: resolved.manifest });
    }
  }
  return [...found.values()].sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1));
}
