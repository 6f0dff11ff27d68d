/** The built-in prototypes a polluting import would reach through `__proto__` / `constructor.prototype`. */
const PROTOTYPES: ReadonlyArray<[string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];

/** The own keys of the built-in prototypes now, to compare with after the fuzz cases ran. */
export function prototypeKeys(): Map<string, string[]> {
  return new Map(PROTOTYPES.map(([name, proto]) => [name, Reflect.ownKeys(proto).map(String).sort()]));
}

/**
 * What changed on the built-in prototypes since `before` (empty when nothing): new or removed
 * keys, and a `polluted` property visible on a fresh object (what fuzzed files try to set).
 */
export function prototypePollution(before: Map<string, string[]>): string[] {
  const problems: string[] = [];
  for (const [name, keys] of prototypeKeys()) {
    const old = new Set(before.get(name));
    const added = keys.filter((k) => !old.has(k));
    const removed = [...old].filter((k) => !keys.includes(k));
    if (added.length > 0 || removed.length > 0) problems.push(`${name}: added [${added.join(', ')}], removed [${removed.join(', ')}]`);
  }
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined) problems.push(`({}).polluted is ${String(probe.polluted)}`);
  if (probe.toString !== Object.prototype.toString) problems.push('({}).toString was replaced');
  return problems;
}
