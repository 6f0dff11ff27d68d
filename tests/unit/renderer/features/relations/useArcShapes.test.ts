import { describe, expect, it } from 'vitest';
import { bandCovers, type ArcBand } from '../../../../../renderer/features/relations/useArcShapes';

const band: ArcBand = { top: 1000, height: 800, textLength: 200_000 };

describe('bandCovers', () => {
  it.each([
    ['no range found yet 🙂', null, band, false],
    ['the same place', band, band, true],
    ['scrolled less than a screen down', band, { ...band, top: 1799 }, true],
    ['scrolled less than a screen up', band, { ...band, top: 201 }, true],
    ['scrolled a screen: the range is found again', band, { ...band, top: 1800 }, false],
    ['the pane changed height', band, { ...band, height: 700 }, false],
    ['the text changed length (a reopened Mu\u0308ller text)', band, { ...band, textLength: 200_001 }, false],
  ])('%s', (_name, found, now, covers) => {
    expect(bandCovers(found, now)).toBe(covers);
  });
});
