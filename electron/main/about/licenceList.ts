import { z } from 'zod';

/** The build's licences file (written by scripts/licences/licencesPlugin.ts), as main reads it. */
export const LicenceListSchema = z.object({
  packages: z.array(z.object({ name: z.string(), version: z.string(), license: z.string(), text: z.string().nullable() })),
});
export type LicenceList = z.infer<typeof LicenceListSchema>;

/** Parses the licences file's JSON (unknown at this boundary), or null when it is missing or not of this shape. */
export function parseLicenceList(json: string | null): LicenceList | null {
  if (json === null) return null;
  try {
    const parsed = LicenceListSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Licence ids with how many packages use each, most used first ("MIT 62, ISC 3, …"). */
export function licenceSummary(list: LicenceList): string {
  const counts = new Map<string, number>();
  for (const entry of list.packages) counts.set(entry.license, (counts.get(entry.license) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([license, count]) => `${license} ${count}`)
    .join(', ');
}

/** The full list as plain text for the user to read: each package, its licence, and its licence file's text. */
export function licencesText(list: LicenceList, heading: string): string {
  const sections = list.packages.map((entry) => {
    const title = `${entry.name} ${entry.version} — ${entry.license}`;
    return `${title}\n${'='.repeat(Array.from(title).length)}\n\n${entry.text?.trim() ?? '(no licence file in the package)'}\n`;
  });
  return `${heading}\n\n${sections.join('\n')}`;
}
