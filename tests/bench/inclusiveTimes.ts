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
 * a recursive function counted once per stack, so the dev loops can see where a slow path goes.
 */
export function inclusiveTimes(profile: CpuProfile, nameOf: (node: CpuProfileNode) => string): { total: Map<string, number>; self: Map<string, number> } {
  const selfById = new Map<number, number>();
  profile.samples.forEach((id, i) => selfById.set(id, (selfById.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const total = new Map<string, number>();
  const self = new Map<string, number>();
  const walk = (id: number, onStack: Set<string>): number => {
    const node = byId.get(id);
    if (!node) return 0;
    const name = nameOf(node);
    self.set(name, (self.get(name) ?? 0) + (selfById.get(id) ?? 0));
    let sum = selfById.get(id) ?? 0;
    const nested = onStack.has(name);
    const next = nested ? onStack : new Set(onStack).add(name);
    for (const child of node.children ?? []) sum += walk(child, next);
    if (!nested) total.set(name, (total.get(name) ?? 0) + sum);
    return sum;
  };
  const root = profile.nodes[0];
  if (root) walk(root.id, new Set());
  return { total, self };
}
