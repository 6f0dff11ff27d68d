import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS } from '../../../shared/annotation/labelSet';
describe('smoke', () => { it('labels', () => { expect(DEFAULT_LABELS.map((l) => l.key)).toEqual(['1', '2', '3', '4']); }); });
