import { z } from 'zod';
import { AnnotationSchema } from '../annotation/annotation';

/** The document the renderer shows: identity, title and canonical text. */
export const DocumentViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  source: z.string(),
  text: z.string(),
});
export type DocumentView = z.infer<typeof DocumentViewSchema>;

/** What the shell needs at start: UI language from the OS, platform and version. */
export const ShellInfoSchema = z.object({
  locale: z.string(),
  platform: z.string(),
  version: z.string(),
  userName: z.string(),
});
export type ShellInfo = z.infer<typeof ShellInfoSchema>;

/** Something main did on the user's behalf that the UI must tell (recovery, quarantine, read-only). */
export const NoticeSchema = z.object({
  code: z.string(),
  severity: z.enum(['info', 'warning', 'error']),
  message: z.string(),
  documentId: z.string().optional(),
  documentTitle: z.string().optional(),
});
export type Notice = z.infer<typeof NoticeSchema>;

/** A document opened for tagging: its text, my annotations at revision `rev`, and any notices. */
export const OpenedDocumentSchema = z.object({
  document: DocumentViewSchema,
  annotations: z.array(AnnotationSchema),
  rev: z.number().int().nonnegative(),
  readOnly: z.boolean(),
  notices: z.array(NoticeSchema),
  scrollTop: z.number().nonnegative().optional(),
});
export type OpenedDocument = z.infer<typeof OpenedDocumentSchema>;

/** The settings the renderer reads and changes. */
export const SettingsViewSchema = z.object({
  annotator: z.string().max(200),
  snapToWords: z.boolean(),
  language: z.enum(['system', 'en', 'de']),
});
export type SettingsView = z.infer<typeof SettingsViewSchema>;

const DocumentIdRequest = z.strictObject({ documentId: z.string().regex(/^sha256:[0-9a-f]{64}$/) });
const NoRequest = z.undefined();

/**
 * The one IPC contract: each method's kind and request/response schemas; the preload, the
 * renderer's bridge type and main's handler registry are all derived from this object.
 */
export const contract = {
  getShellInfo: { kind: 'invoke', request: NoRequest, response: ShellInfoSchema },
  getSettings: { kind: 'invoke', request: NoRequest, response: z.object({ settings: SettingsViewSchema, notices: z.array(NoticeSchema) }) },
  updateSettings: { kind: 'invoke', request: SettingsViewSchema.partial().strict(), response: SettingsViewSchema },
  openStartDocument: { kind: 'invoke', request: NoRequest, response: OpenedDocumentSchema },
  openDocument: { kind: 'invoke', request: DocumentIdRequest, response: OpenedDocumentSchema },
  saveAnnotations: {
    kind: 'invoke',
    request: z.strictObject({
      documentId: DocumentIdRequest.shape.documentId,
      baseRev: z.number().int().nonnegative(),
      annotations: z.array(AnnotationSchema).max(200_000),
    }),
    response: z.object({ rev: z.number().int(), savedAt: z.string() }),
  },
  rememberScroll: {
    kind: 'invoke',
    request: z.strictObject({ documentId: DocumentIdRequest.shape.documentId, scrollTop: z.number().nonnegative().finite() }),
    response: z.null(),
  },
} as const satisfies Record<string, MethodSpec>;

/** A contract entry: an invoke method with its zod request and response schemas. */
export interface MethodSpec {
  kind: 'invoke';
  request: z.ZodType;
  response: z.ZodType;
}

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Contract[M]['response']>;

/** The names of every contract method, in declaration order. */
export const METHOD_NAMES = Object.keys(contract) as MethodName[];

/** The IPC channel of a method; one place so preload and main can never disagree. */
export function channelOf(method: MethodName): string {
  return `tagwerk:${method}`;
}
