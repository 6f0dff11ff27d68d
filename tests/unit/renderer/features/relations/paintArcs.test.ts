// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { ArcShape } from '../../../../../renderer/features/relations/arcLayout';
import { paintArcs } from '../../../../../renderer/features/relations/paintArcs';

const shape = (id: string, x: number, label = 'Quelle 😀', type = 'source'): ArcShape & { type: string } => ({ id, label, type, lane: 0, path: `M${x} 50 L${x} 47 L${x + 40} 47 L${x + 40} 50`, labelX: x + 20, labelY: 42, labelWidth: 40 });
const group = () => document.createElementNS('http://www.w3.org/2000/svg', 'g');
const names = (id: string) => `Quelle: „Mu\u0308ller“ → ${id}`;
const ids = (g: SVGGElement) => [...g.children].map((c) => c.getAttribute('data-relation'));

describe('paintArcs', () => {
  it('draws each shape as an arc (path, label box, label) with its name, type and selection, in the order of the shapes', () => {
    const g = group();
    paintArcs(g, [shape('r1', 10), shape('r2', 100, 'Zeit', 'time')], { own: true, selectedId: 'r2', describe: names });
    expect(ids(g)).toEqual(['r1', 'r2']);
    const second = g.children[1]!;
    expect(second.getAttribute('class')).toBe('arc arc-type-time arc-selected');
    expect(second.getAttribute('role')).toBe('button');
    expect(second.getAttribute('aria-pressed')).toBe('true');
    expect(second.getAttribute('aria-label')).toBe('Quelle: „Mu\u0308ller“ → r2');
    expect(second.querySelector('.arc-line')?.getAttribute('d')).toBe(shape('r2', 100).path);
    // The label's box and text are centred at the label's place by their own coordinates: no transform anywhere
    // (each would be a paint property node and a paint chunk of its own for the compositor to walk every frame).
    expect(second.querySelector('[transform]')).toBeNull();
    const box = second.querySelector('.arc-label-box');
    expect([box?.getAttribute('x'), box?.getAttribute('y'), box?.getAttribute('width')]).toEqual(['100', '37', '40']);
    expect([second.querySelector('.arc-label')?.getAttribute('x'), second.querySelector('.arc-label')?.getAttribute('y')]).toEqual(['120', '42']);
    expect(second.querySelector('.arc-label')?.textContent).toBe('Zeit');
  });

  it('keeps the element of an arc still drawn, reuses a gone arc’s element for a new one, and follows the new order', () => {
    const g = group();
    paintArcs(g, [shape('r1', 10), shape('r2', 100)], { own: true, selectedId: null, describe: names });
    const [first, second] = [...g.children];
    paintArcs(g, [shape('r3', 200, 'Zeit', 'time'), shape('r1', 10)], { own: true, selectedId: null, describe: names });
    expect(ids(g)).toEqual(['r3', 'r1']);
    expect(g.children[1]).toBe(first);
    // r2's element now draws r3: pointed anew, not created.
    expect(g.children[0]).toBe(second);
    expect(g.children[0]!.querySelector('.arc-label')?.textContent).toBe('Zeit');
    expect(g.children[0]!.getAttribute('aria-label')).toBe('Quelle: „Mu\u0308ller“ → r3');
    // Its label moved with it (x from 100 to 200, the same y and width).
    expect(g.children[0]!.querySelector('.arc-label-box')?.getAttribute('x')).toBe('200');
    expect(g.children[0]!.querySelector('.arc-label')?.getAttribute('x')).toBe('220');
    paintArcs(g, [], { own: true, selectedId: null, describe: names });
    expect(g.children).toHaveLength(0);
  });

  it('draws a colleague’s arcs as images, never pressed', () => {
    const g = group();
    paintArcs(g, [shape('r1', 10)], { own: false, selectedId: 'r1', describe: names });
    expect(g.children[0]!.getAttribute('class')).toBe('arc arc-type-source arc-colleague');
    expect(g.children[0]!.getAttribute('role')).toBe('img');
    expect(g.children[0]!.hasAttribute('aria-pressed')).toBe(false);
  });
});
