import { z } from 'zod';
import { DocumentIdSchema } from '@shared/text/documentId';
import { ScrollAnchorSchema } from '@shared/ipc/schemas';
import { LIMITS } from '@shared/limits/limits';

/** How many recent documents are remembered. */
export const MAX_RECENT_DOCUMENTS = 10;

const WindowBoundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(100).max(100_000),
  height: z.number().int().min(100).max(100_000),
  maximized: z.boolean().optional(),
});

/**
 * The app's small settings (never documents or annotations), validated field by field, so a
 * missing or damaged field falls back to its default alone instead of taking the others with it.
 */
export const SettingsFields = {
  /** The name written into my annotations; '' until the user has told us. */
  annotator: z.string().max(LIMITS.nameLength),
  language: z.enum(['system', 'en', 'de']),
  snapToWords: z.boolean(),
  /** How tags are drawn: underlines only, or also a label chip on every span. */
  labelView: z.enum(['underline', 'chips']),
  /** Most recent first, at most MAX_RECENT_DOCUMENTS. */
  recentDocuments: z.array(DocumentIdSchema).max(MAX_RECENT_DOCUMENTS),
  lastDocumentId: DocumentIdSchema.nullable(),
  /** Last scrollTop per document, kept for the recent documents only. */
  lastScroll: z.record(DocumentIdSchema, z.number().nonnegative().finite()),
  /** Where the view's top was in the text per document (more exact than lastScroll in a long text), for the same documents. */
  lastScrollAnchor: z.record(DocumentIdSchema, ScrollAnchorSchema),
  windowBounds: WindowBoundsSchema.nullable(),
} as const;

export const SettingsSchema = z.object(SettingsFields);
export type Settings = z.infer<typeof SettingsSchema>;

/** A change to some settings; `recentDocuments` may be longer than the cap (it is cut). */
export const SettingsPatchSchema = SettingsSchema.extend({ recentDocuments: z.array(DocumentIdSchema) }).partial().strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** The settings of a first start. */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  annotator: '',
  language: 'system',
  snapToWords: true,
  labelView: 'underline',
  recentDocuments: [],
  lastDocumentId: null,
  lastScroll: {},
  lastScrollAnchor: {},
  windowBounds: null,
});

type Key = keyof typeof SettingsFields;
const KEYS = Object.keys(SettingsFields) as Key[];

/** Keeps recents unique and capped, and scroll positions only for documents still remembered. */
export function tidySettings(settings: Settings): Settings {
  const recentDocuments = [...new Set(settings.recentDocuments)].slice(0, MAX_RECENT_DOCUMENTS);
  const keep = new Set([...recentDocuments, ...(settings.lastDocumentId === null ? [] : [settings.lastDocumentId])]);
  const lastScroll = Object.fromEntries(Object.entries(settings.lastScroll).filter(([id]) => keep.has(id)));
  const lastScrollAnchor = Object.fromEntries(Object.entries(settings.lastScrollAnchor).filter(([id]) => keep.has(id)));
  return { ...settings, recentDocuments, lastScroll, lastScrollAnchor };
}

/**
 * Reads settings field by field from any parsed JSON: valid fields are kept, invalid ones fall
 * back to their default and are listed in `resetKeys`; unknown keys (a newer app's, conf's
 * `__internal__`) are returned in `extra` so they survive our next write.
 */
export function salvageSettings(raw: unknown): { settings: Settings; extra: Record<string, unknown>; resetKeys: string[] } {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { settings: DEFAULT_SETTINGS, extra: {}, resetKeys: ['(the whole file)'] };
  }
  const record = raw as Record<string, unknown>;
  const settings: Record<string, unknown> = {};
  const resetKeys: string[] = [];
  for (const key of KEYS) {
    const parsed = SettingsFields[key].safeParse(record[key]);
    if (parsed.success) settings[key] = parsed.data;
    else if (record[key] === undefined) settings[key] = DEFAULT_SETTINGS[key];
    else {
      settings[key] = DEFAULT_SETTINGS[key];
      resetKeys.push(key);
    }
  }
  const extra = Object.fromEntries(Object.entries(record).filter(([key]) => !(KEYS as string[]).includes(key)));
  return { settings: tidySettings(SettingsSchema.parse(settings)), extra, resetKeys };
}
