import { describe, expect, it } from 'vitest';
import { chartBarStyle } from '../../../../../renderer/features/review/chartBarStyle';

describe('chartBarStyle', () => {
  it.each([
    [false, 0.5, { left: '0%', width: '50%' }],
    [false, null, { left: '0%', width: '0%' }],
    [false, 1.4, { left: '0%', width: '100%' }],
    [true, 0.5, { left: '50%', width: '25%' }],
    [true, -0.5, { left: '25%', width: '25%' }],
    [true, -1, { left: '0%', width: '50%' }],
    [true, 0, { left: '50%', width: '0%' }],
    [true, null, { left: '50%', width: '0%' }],
  ] as const)('signed %s, value %s: %o', (signed, value, style) => {
    expect(chartBarStyle(signed, value)).toEqual(style);
  });

  it('draws a negative kappa with a width, leftwards from the zero line', () => {
    const { left, width } = chartBarStyle(true, -0.2);
    expect(parseFloat(width)).toBeGreaterThan(0);
    expect(parseFloat(left) + parseFloat(width)).toBeCloseTo(50);
  });
});
