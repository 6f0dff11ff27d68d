import { describe, expect, it } from 'vitest';
import { DEFAULT_ARC_LAYOUT, layoutArcs, type ArcInput, type TagBox } from '../../../../../renderer/features/relations/arcLayout';

const box = (left: number, right: number, top: number): TagBox => ({ left, right, top });
const OPTIONS = { ...DEFAULT_ARC_LAYOUT, width: 600 };
const quote = box(100, 200, 50);
const speaker = box(300, 380, 50);
const date = box(400, 460, 50);

describe('layoutArcs', () => {
  it('draws an arc on one line as one bracket from the source top to the target top, ending in the arrow', () => {
    const [shape] = layoutArcs([{ id: 'r1', from: quote, to: speaker, label: 'Source' }], OPTIONS);
    expect(shape?.segments).toHaveLength(1);
    const segment = shape!.segments[0]!;
    expect(segment.arrow).toBe(true);
    expect(segment.path.startsWith('M150 50')).toBe(true);
    expect(segment.path.endsWith('L340 50')).toBe(true);
    expect(segment.labelX).toBe(245);
    expect(segment.labelY).toBe(50 - OPTIONS.baseHeight);
  });

  it('gives arcs that cross on one line different lanes, the shorter one lower', () => {
    const shapes = layoutArcs(
      [
        { id: 'long', from: quote, to: date, label: 'Time' },
        { id: 'short', from: quote, to: speaker, label: 'Source' },
      ],
      OPTIONS,
    );
    const lane = (id: string) => shapes.find((s) => s.id === id)?.lane;
    expect(lane('short')).toBe(0);
    expect(lane('long')).toBe(1);
  });

  it('spreads arcs leaving one tag side by side so their stems do not coincide', () => {
    const shapes = layoutArcs(
      [
        { id: 'a', from: quote, to: speaker, label: 'Source 😀' },
        { id: 'b', from: quote, to: date, label: 'Zeitu\u0308' },
      ],
      OPTIONS,
    );
    const stem = (id: string) => shapes.find((s) => s.id === id)?.segments[0]?.path.split(' ')[0];
    expect(stem('a')).not.toBe(stem('b'));
  });

  it('keeps arcs on different lines in the lowest lane when they do not meet', () => {
    const arcs: ArcInput[] = [
      { id: 'r1', from: quote, to: speaker, label: 'Source' },
      { id: 'r2', from: box(100, 200, 90), to: box(300, 380, 90), label: 'Source' },
    ];
    expect(layoutArcs(arcs, OPTIONS).map((s) => s.lane)).toEqual([0, 0]);
  });

  it('splits an arc to another line into two halves: out to the right edge, in from the left, arrow on the second', () => {
    const [shape] = layoutArcs([{ id: 'r', from: quote, to: box(20, 90, 120), label: 'Source' }], OPTIONS);
    const [out, into] = shape!.segments;
    expect(out?.arrow).toBe(false);
    expect(out?.path.endsWith(`L600 ${50 - OPTIONS.baseHeight}`)).toBe(true);
    expect(into?.arrow).toBe(true);
    expect(into?.path.startsWith(`M0 ${120 - OPTIONS.baseHeight}`)).toBe(true);
  });

  it('a backward arc to an earlier line leaves to the left and enters from the right', () => {
    const [shape] = layoutArcs([{ id: 'r', from: box(20, 90, 120), to: quote, label: 'Source' }], OPTIONS);
    expect(shape!.segments[0]?.path.endsWith(`L0 ${120 - OPTIONS.baseHeight}`)).toBe(true);
    expect(shape!.segments[1]?.path.startsWith(`M600 ${50 - OPTIONS.baseHeight}`)).toBe(true);
  });

  it('caps the lanes: beyond the last lane arcs share it', () => {
    const arcs = Array.from({ length: 8 }, (_, i) => ({ id: `r${i}`, from: quote, to: box(300 + i * 10, 305 + i * 10, 50), label: 'Source' }));
    expect(Math.max(...layoutArcs(arcs, OPTIONS).map((s) => s.lane))).toBe(OPTIONS.maxLanes - 1);
  });
});
