import type { Page } from '@playwright/test';
import type { ProbeDriver } from './probeDriver';

/** One line of a CPU profile: a function, where it is, and the time spent in it alone. */
export interface ProfileEntry {
  selfMs: number;
  fn: string;
  at: string;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

/**
 * Profiles one key press until its frame is painted (the DevTools protocol's sampling profiler)
 * and returns the ten functions with the most self time, so a slow path shows where it goes.
 */
export async function profileKeyPress(page: Page, probe: ProbeDriver, key: string): Promise<ProfileEntry[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await probe.settle();
  await cdp.send('Profiler.start');
  await probe.timed(() => page.keyboard.press(key));
  await probe.settle(200);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  await cdp.detach();
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, ProfileEntry>();
  profile.samples.forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    const at = file ? `${file}:${frame.lineNumber + 1}` : '';
    const fn = frame.functionName || '(anonymous)';
    const key = `${fn} ${at}`;
    const entry = self.get(key) ?? { selfMs: 0, fn, at };
    entry.selfMs += (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    self.set(key, entry);
  });
  return [...self.values()].filter((e) => e.fn !== '(idle)').sort((a, b) => b.selfMs - a.selfMs).slice(0, 10);
}
