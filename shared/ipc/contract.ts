import { z } from 'zod';

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
});
export type ShellInfo = z.infer<typeof ShellInfoSchema>;

const NoRequest = z.undefined();

/**
 * The one IPC contract: each method's kind and request/response schemas; the preload, the
 * renderer's bridge type and main's handler registry are all derived from this object.
 */
export const contract = {
  getShellInfo: { kind: 'invoke', request: NoRequest, response: ShellInfoSchema },
  getBuiltinDocument: { kind: 'invoke', request: NoRequest, response: DocumentViewSchema },
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
