import { nullRecord } from '../records/nullRecord';

/**
 * A prototype-free object with one entry per label id, in label-set order (so ids such as
 * "__proto__" or "constructor" are ordinary keys); duplicate ids throw, because a label counted
 * twice would corrupt every micro sum.
 */
export function labelRecord<T>(labelIds: readonly string[], value: (labelId: string) => T): Record<string, T> {
  if (new Set(labelIds).size !== labelIds.length) throw new Error(`duplicate label id in ${JSON.stringify(labelIds)}`);
  return nullRecord(labelIds.map((id) => [id, value(id)] as const));
}

/** The entry of `labelId` in a record built by `labelRecord`; throws if the label is missing. */
export function labelEntry<T>(record: Readonly<Record<string, T>>, labelId: string): T {
  if (!Object.hasOwn(record, labelId)) throw new Error(`no entry for label ${JSON.stringify(labelId)}`);
  return record[labelId] as T;
}
