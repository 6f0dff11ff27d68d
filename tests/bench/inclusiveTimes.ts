/** A node of a DevTools CPU profile, as `Profiler.stop` returns it. */
export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** A DevTools CPU profile: nodes, the sampled node per tick and the time between ticks (µs). */
export interface CpuProfile {
  nodes: CpuProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Inclusive and self time (ms) per function name (`nameOf` decides what counts as one function),
 * a recursive function counted once per stack, so the dev loops can see where a slow path goes;
 * with `under`, only the subtrees whose root it picks count (e.g. the key handler), and `rootMs` is their sum.
 */
export function inclusiveTimes(
  profile: CpuProfile,
  nameOf: (node: CpuProfileNode) => string,
  under: (node: CpuProfileNode) => boolean = () => true,
): { total: Map<string, number>; self: Map<string, number>; rootMs: number } {
  const selfById = new Map<number, number>();
  profile.samples.forEach((id, i) => selfById.set(id, (selfById.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<string, number>();
  const self = new Map<string, number>();
  let rootMs = 0;
  const walk = (id: number, inside: boolean, onStack: Set<string>): number => {
    const node = byId.get(id);
    if (!node) return 0;
    const root = !inside && under(node);
    const counted = inside || root;
    const name = nameOf(node);
    const own = counted ? (selfById.get(id) ?? 0) : 0;
    if (counted) self.set(name, (self.get(name) ?? 0) + own);
    let sum = own;
    const nested = onStack.has(name);
    const next = nested || !counted ? onStack : new Set(onStack).add(name);
    for (const child of node.children ?? []) sum += walk(child, counted, next);
    if (counted && !nested) total.set(name, (total.get(name) ?? 0) + sum);
    if (root) rootMs += sum;
    return sum;
  };
  const first = profile.nodes[0];
  if (first) walk(first.id, false, new Set());
  return { total, self, rootMs };
}
