import type { z } from 'zod';
import { assistMethods } from './methods/assistMethods';
import { datasetMethods } from './methods/datasetMethods';
import { corpusMethods } from './methods/corpusMethods';
import { documentMethods } from './methods/documentMethods';
import { reviewMethods } from './methods/reviewMethods';
import { shellMethods } from './methods/shellMethods';

export * from './schemas';

/**
 * The one IPC contract: each method's kind and request/response schemas, grouped by feature in
 * methods/; the preload, the renderer's bridge type and main's handler registry derive from it.
 */
export const contract = {
  ...shellMethods,
  ...documentMethods,
  ...corpusMethods,
  ...reviewMethods,
  ...datasetMethods,
  ...assistMethods,
} as const satisfies Record<string, MethodSpec>;

/** A contract entry: an invoke method with its zod request and response schemas. */
export interface MethodSpec {
  kind: 'invoke';
  request: z.ZodType;
  response: z.ZodType;
  /**
   * The handler answers with data the store has just parsed with these same schemas (a document's
   * tags as read from disk), so main does not parse it a second time on the way out: 5 ms of
   * main's time per open at 1,000 tags, 50 ms at 10,000. Unit tests check such answers against `response`.
   */
  answersParsed?: true;
  /**
   * The answer's leaner shape across the IPC, when it has one: main's router encodes the handler's
   * answer with `encode` (its result matches `schema`) and the window's api client decodes it back
   * (`WIRE_DECODERS`), so neither side's code sees anything but `response`'s type.
   */
  wire?: { schema: z.ZodType; encode(value: never): unknown };
}

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>;
/** A request as its handler receives it: parsed by the schema (defaults filled, JSON payloads decoded). */
export type ParsedRequestOf<M extends MethodName> = z.output<Contract[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Contract[M]['response']>;
/** A method's answer as it crosses the IPC: its `wire` shape when it has one, else the response itself. */
export type WireResponseOf<M extends MethodName> = Contract[M] extends { wire: { schema: infer S extends z.ZodType } } ? z.output<S> : ResponseOf<M>;

/** The names of every contract method, in declaration order (a plain list, checked against the contract by a test). */
export { METHOD_NAMES } from './methodNames';

/** The IPC channel of a method; one place so preload and main can never disagree. */
export function channelOf(method: MethodName): string {
  return `tagwerk:${method}`;
}
