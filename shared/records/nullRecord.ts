/**
 * A record without a prototype holding `entries` (later keys win), so keys taken from untrusted
 * strings ("__proto__", "constructor", "toString") are ordinary entries and never inherited ones.
 */
export function nullRecord<T>(entries: Iterable<readonly [string, T]> = []): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  for (const [key, value] of entries) Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  return record;
}

/** The own entry of `key` in `record`, or undefined; safe for records that crossed IPC (structured clone gives them a prototype again). */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
