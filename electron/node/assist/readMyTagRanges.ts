import { z } from 'zod';
import type { ExistingTag } from '@shared/assist/suggestAll';
import { documentPaths } from '../store/documentPaths';
import { createNodeFsPort, type FsPort } from '../store/fsPort';

/** Only what suggesting needs of an annotations.json: each of my tags' label and code-point range. */
const TagRangesSchema = z.object({
  annotations: z.array(z.object({ label: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })),
});

/**
 * My tags' labels and ranges in one stored document, so suggestions never double them; none
 * when the document is not stored or its file cannot be read or parsed (the app reports and
 * repairs that when it opens the document; a suggestion pass only reads).
 */
export async function readMyTagRanges(dataDir: string, documentId: string, fs: FsPort = createNodeFsPort()): Promise<ExistingTag[]> {
  try {
    const bytes = await fs.readFile(documentPaths(dataDir, documentId).annotations);
    const parsed = TagRangesSchema.safeParse(JSON.parse(Buffer.from(bytes).toString('utf8')));
    return parsed.success ? parsed.data.annotations.map(({ label, start, end }) => ({ label, start, end })) : [];
  } catch {
    return [];
  }
}
