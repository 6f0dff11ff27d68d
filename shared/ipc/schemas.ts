import { z } from 'zod';
import { AnnotationSchema } from '../annotation/annotation';
import { RelationSchema } from '../relation/relation';

/** A request without payload. */
export const NoRequest = z.undefined();

/** A document id as main accepts it: `sha256:<64 hex>`, checked before it reaches any path. */
export const DocumentIdField = z.string().regex(/^sha256:[0-9a-f]{64}$/);

/** A request naming one document. */
export const DocumentIdRequest = z.strictObject({ documentId: DocumentIdField });

/** The document the renderer shows: identity, title and canonical text. */
export const DocumentViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  text: z.string(),
});
export type DocumentView = z.infer<typeof DocumentViewSchema>;

/** What the shell needs at start: UI language from the OS, platform, version and OS user name. */
export const ShellInfoSchema = z.object({
  locale: z.string(),
  platform: z.string(),
  version: z.string(),
  userName: z.string(),
});
export type ShellInfo = z.infer<typeof ShellInfoSchema>;

/**
 * Something main did on the user's behalf that the UI must tell (recovery, quarantine,
 * read-only): a code the window words from its catalogs with the file it concerns, where that
 * went and which settings were reset; `message` is the same in English with the technical reason.
 */
export const NoticeSchema = z.object({
  code: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  documentId: z.string().optional(),
  documentTitle: z.string().optional(),
  file: z.string().optional(),
  movedTo: z.string().optional(),
  /** Whose colleague set a notice is about (a quarantined set that still names its annotator). */
  annotator: z.string().optional(),
  fields: z.array(z.string()).optional(),
});
export type Notice = z.infer<typeof NoticeSchema>;

/**
 * Where the top of a document's view was, as text: the code point that starts the paragraph at
 * the top and how many pixels of it were scrolled past. A pixel offset alone lands elsewhere on
 * return, once the chunks above are drawn at their guessed heights again.
 */
export const ScrollAnchorSchema = z.strictObject({ codePoint: z.number().int().nonnegative(), offset: z.number().finite() });
export type ScrollAnchor = z.infer<typeof ScrollAnchorSchema>;

/** A document opened for tagging: its text, my annotations at revision `rev`, and any notices. */
export const OpenedDocumentSchema = z.object({
  document: DocumentViewSchema,
  annotations: z.array(AnnotationSchema),
  relations: z.array(RelationSchema).optional(),
  rev: z.number().int().nonnegative(),
  readOnly: z.boolean(),
  notices: z.array(NoticeSchema),
  scrollTop: z.number().nonnegative().optional(),
  scrollAnchor: ScrollAnchorSchema.optional(),
});
export type OpenedDocument = z.infer<typeof OpenedDocumentSchema>;

/** The settings the renderer reads and changes. */
export const SettingsViewSchema = z.object({
  annotator: z.string().max(200),
  snapToWords: z.boolean(),
  language: z.enum(['system', 'en', 'de']),
  labelView: z.enum(['underline', 'chips']),
});
export type SettingsView = z.infer<typeof SettingsViewSchema>;

/** Where the renderer's autosave stands, so main can flush before closing and ask when a save failed. */
export const SaveStateSchema = z.strictObject({
  dirty: z.boolean(),
  failed: z.boolean(),
});
export type SaveState = z.infer<typeof SaveStateSchema>;
