import { describe, expect, it } from 'vitest';
import { traceSplit, type TraceEvent } from '../../bench/traceSplit';

const MAIN = { pid: 1, tid: 7 };
const x = (name: string, ts: number, dur: number, args: Record<string, unknown> = {}, thread = MAIN): TraceEvent => ({ name, ph: 'X', ts, dur, ...thread, args });
const keydown = (ts: number, dur: number) => x('EventDispatch', ts, dur, { data: { type: 'keydown' } });

describe('traceSplit', () => {
  it('answers null for a trace without a keydown', () => {
    expect(traceSplit([x('Layout', 0, 100)], 10)).toBeNull();
  });

  it('starts a click\'s window at its mouseup, as the probe stamps it (a mousedown before does not count)', () => {
    const mouse = (type: string, ts: number) => x('EventDispatch', ts, 100, { data: { type } });
    const split = traceSplit([mouse('mousedown', 0), mouse('mouseup', 5000), x('Paint', 6000, 1000)], 3)!;
    expect(split.stages.paint).toBeCloseTo(1);
    expect(split.waitMs).toBeCloseTo(3 - 1.1);
  });

  it('splits the window into stages by self time, nested events subtracted, and counts the rest as waiting', () => {
    const events = [
      keydown(1000, 3000),
      x('FunctionCall', 1100, 2500, { data: { functionName: 'onKey' } }),
      // A layout inside the key's script is forced; its own stack names the reader.
      x('Layout', 2000, 1000, { beginData: { dirtyObjects: 4, totalObjects: 900, stackTrace: [{ functionName: 'collapse', url: 'x/index.js', lineNumber: 9 }] } }),
      // The frame: style, layout, paint and commit, not under script.
      x('UpdateLayoutTree', 8000, 2000, { elementCount: 321 }),
      x('Layout', 10_000, 1000, { beginData: { dirtyObjects: 12, totalObjects: 900 } }),
      x('PrePaint', 11_000, 500),
      x('Paint', 11_500, 1500),
      x('Commit', 13_000, 1000),
      // Another thread's work never counts for the main thread.
      x('Layout', 8000, 5000, {}, { pid: 1, tid: 8 }),
      // Past the painted stamp: deferred work.
      x('FunctionCall', 20_000, 4000),
    ];
    const split = traceSplit(events, 15)!;
    expect(split.windowMs).toBe(15);
    expect(split.stages.script).toBeCloseTo(2); // 3 ms of keydown and call, 1 of it the forced layout
    expect(split.stages.layout).toBeCloseTo(2);
    expect(split.stages.style).toBeCloseTo(2);
    expect(split.stages.prePaint).toBeCloseTo(0.5);
    expect(split.stages.paint).toBeCloseTo(1.5);
    expect(split.stages.commit).toBeCloseTo(1);
    expect(split.waitMs).toBeCloseTo(15 - 9);
    expect(split.afterMs).toBeCloseTo(4);
    expect(split.styledElements).toBe(321);
    expect(split.layouts).toEqual([
      { ms: 1, dirty: 4, total: 900, forcedBy: 'collapse index.js:10' },
      { ms: 1, dirty: 12, total: 900, forcedBy: null },
    ]);
  });

  it('names the script event around a forced style recalc without a stack of its own', () => {
    const events = [keydown(0, 5000), x('FunctionCall', 100, 4000, { data: { functionName: 'getBoundingClientRect' } }), x('UpdateLayoutTree', 200, 3000, { elementCount: 7 })];
    expect(traceSplit(events, 10)!.forcedStyle).toEqual([{ ms: 3, elements: 7, forcedBy: 'in FunctionCall getBoundingClientRect' }]);
  });

  it('counts CPU time where the trace has it, so time off the CPU under load is waiting, not work', () => {
    const events = [keydown(0, 100), { ...x('Commit', 1000, 8000), tdur: 500 }, { ...x('Paint', 9000, 4000), tdur: 3000 }];
    const split = traceSplit(events, 14)!;
    expect(split.stages.commit).toBeCloseTo(0.5);
    expect(split.stages.paint).toBeCloseTo(3);
    expect(split.waitMs).toBeCloseTo(14 - 0.1 - 3.5);
  });

  it('matches begin/end pairs and merges their arguments', () => {
    const events: TraceEvent[] = [keydown(0, 100), { name: 'UpdateLayoutTree', ph: 'B', ts: 1000, ...MAIN }, { name: 'UpdateLayoutTree', ph: 'E', ts: 3000, ...MAIN, args: { elementCount: 55 } }];
    const split = traceSplit(events, 5)!;
    expect(split.stages.style).toBeCloseTo(2);
    expect(split.styledElements).toBe(55);
  });

  it.each([
    ['a class change', { name: 'ScheduleStyleInvalidationTracking', data: { nodeName: "TW-L0 class='ann label-zitat'", changedClass: 'ann-selected', invalidationSet: {} } }, "ScheduleStyle: TW-L0 class='ann label-zitat' changed ann-selected (invalidation set)"],
    ['an attribute change, emoji id', { name: 'ScheduleStyleInvalidationTracking', data: { nodeName: "DIV id='🙂'", changedAttribute: 'data-status' } }, "ScheduleStyle: DIV id='🙂' changed data-status"],
    ['a subtree recalc, NFD title', { name: 'StyleRecalcInvalidationTracking', data: { nodeName: 'P title=\'Ba\u0308r\'', reason: 'Inherited style change', subtree: true } }, "StyleRecalc: P title='Ba\u0308r' Inherited style change (subtree)"],
    ['an invalidation set, its pointer left out', { name: 'StyleInvalidatorInvalidationTracking', data: { nodeName: 'LI', reason: 'Invalidation set invalidates self', invalidationList: [{ id: '0x3ac001e0600' }, { id: '0x1', classes: ['selected'] }] } }, 'StyleInvalidator: LI Invalidation set invalidates self ["selected"]'],
    ['a layout invalidation', { name: 'LayoutInvalidationTracking', data: { nodeName: 'SPAN', reason: 'Style change' } }, 'Layout: SPAN Style change'],
  ])('reports %s by element and change', (_case, { name, data }, what) => {
    const events: TraceEvent[] = [keydown(0, 100), { name, ph: 'I', ts: 500, ...MAIN, args: { data } }, { name, ph: 'I', ts: 600, ...MAIN, args: { data } }];
    expect(traceSplit(events, 5)!.invalidations).toEqual([{ what, count: 2 }]);
  });

  it('lists each task in the window with what ran in it: the key, a timer landing before the frame (by function, its GC apart), the frame', () => {
    const events = [
      x('RunTask', 900, 3200),
      keydown(1000, 3000),
      x('FunctionCall', 1100, 2500, { data: { functionName: 'onKey', url: 'x/index.js', lineNumber: 4 } }),
      x('RunTask', 5000, 4000),
      x('TimerFire', 5000, 4000),
      x('FunctionCall', 5000, 4000, { data: { functionName: 'saveDraft 🙂', url: 'x/index.js', lineNumber: 9 } }),
      x('MajorGC', 6000, 1500),
      x('RunTask', 10_000, 3000),
      x('UpdateLayoutTree', 10_000, 1000, { elementCount: 3 }),
      x('Paint', 11_000, 2000),
      // Under a tenth of a millisecond: not listed.
      x('RunTask', 14_000, 50),
    ];
    expect(traceSplit(events, 15)!.tasks).toEqual([
      { atMs: -0.1, cpuMs: 3.1, what: 'keydown onKey index.js:5 3.0' },
      { atMs: 4, cpuMs: 4, what: 'timer saveDraft 🙂 index.js:10 2.5 + gc 1.5' },
      { atMs: 9, cpuMs: 3, what: 'paint 2.0 + style 1.0' },
    ]);
  });
});
