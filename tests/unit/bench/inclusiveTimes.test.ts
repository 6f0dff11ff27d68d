import { describe, expect, it } from 'vitest';
import { inclusiveTimes, type CpuProfile } from '../../bench/inclusiveTimes';

const node = (id: number, functionName: string, children: number[] = []) => ({ id, callFrame: { functionName, url: '', lineNumber: 0 }, children });

// (root) → task → onKeyDown → render → render (recursion) ; (root) → timer 😀 → render ; (root) → Ba\u0308r
const profile: CpuProfile = {
  nodes: [node(1, '(root)', [2, 6, 7]), node(2, 'task', [3]), node(3, 'onKeyDown', [4]), node(4, 'render', [5]), node(5, 'render'), node(6, 'timer 😀', [8]), node(7, 'Ba\u0308r'), node(8, 'render')],
  // One sample per tick of 1 ms (the first delta is the time before the first sample).
  samples: [3, 4, 5, 5, 8, 7, 2],
  timeDeltas: [0, 1000, 1000, 1000, 1000, 1000, 1000, 1000],
};
const name = (n: CpuProfile['nodes'][number]) => n.callFrame.functionName;

describe('inclusiveTimes', () => {
  it('counts each function once per stack, recursion included once', () => {
    const { total, self, rootMs } = inclusiveTimes(profile, name);
    expect(total.get('render')).toBe(4);
    expect(self.get('render')).toBe(4);
    expect(total.get('onKeyDown')).toBe(4);
    expect(total.get('Ba\u0308r')).toBe(1);
    expect(rootMs).toBe(7);
  });

  it('with `under`, counts only the subtrees under the picked roots', () => {
    const { total, self, rootMs } = inclusiveTimes(profile, name, (n) => n.callFrame.functionName === 'onKeyDown');
    expect(rootMs).toBe(4);
    expect(total.get('render')).toBe(3);
    expect(self.get('render')).toBe(3);
    expect(total.has('timer 😀')).toBe(false);
    expect(total.has('task')).toBe(false);
  });
});
