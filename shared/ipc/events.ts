import { z } from 'zod';

/** Commands from the application menu (and the OS) that the window carries out. */
export const MenuCommandSchema = z.strictObject({
  command: z.enum(['open', 'import', 'export', 'save', 'undo', 'redo', 'find', 'review', 'open-document']),
  documentId: z.string().optional(),
});
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

/** How far re-anchoring one colleague's set has come; `done` never exceeds `total`. */
export const ReanchorProgressSchema = z
  .strictObject({ annotator: z.string().min(1), done: z.number().int().nonnegative(), total: z.number().int().nonnegative() })
  .refine((p) => p.done <= p.total, { message: 'done must not exceed total' });
export type ReanchorProgressEvent = z.infer<typeof ReanchorProgressSchema>;

/**
 * Messages main sends to the window (the other direction of the contract); the preload exposes
 * one `on<Name>` subscription per event and drops payloads that fail the schema.
 */
export const events = {
  menuCommand: { payload: MenuCommandSchema },
  /** Main is about to close the window: save now and report the save state. */
  flushRequest: { payload: z.null() },
  /** Documents changed outside the window (a file opened from the OS, an import). */
  documentsChanged: { payload: z.strictObject({ openDocumentId: z.string().optional() }) },
  /** A running export has read `done` of `total` documents (then it writes the file). */
  exportProgress: { payload: z.strictObject({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }) },
  /** A colleague import is placing `annotator`'s tags on my edited text: `done` of `total` placed (at most ten a second, then the last). */
  reanchorProgress: { payload: ReanchorProgressSchema },
} as const;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]['payload']>;

/** The names of every event, in declaration order. */
export const EVENT_NAMES = Object.keys(events) as EventName[];

/** The IPC channel of an event. */
export function eventChannelOf(name: EventName): string {
  return `tagwerk-event:${name}`;
}

/** The bridge function name that subscribes to an event: `menuCommand` -> `onMenuCommand`. */
export function subscriberNameOf(name: EventName): `on${Capitalize<EventName>}` {
  return `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as `on${Capitalize<EventName>}`;
}
