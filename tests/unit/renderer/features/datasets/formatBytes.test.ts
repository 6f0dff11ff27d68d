import { describe, expect, it } from 'vitest';
import { formatBytes } from '../../../../../renderer/features/datasets/formatBytes';

describe('formatBytes', () => {
  it.each([
    [0, 'en', '0 bytes'],
    [1, 'en', '1 byte'],
    [812, 'en', '812 bytes'],
    [999, 'en', '999 bytes'],
    [1000, 'en', '1 kB'],
    [4210, 'en', '4.2 kB'],
    [999_999, 'en', '1 MB'],
    [1_500_000, 'en', '1.5 MB'],
    [123_456_789, 'en', '123 MB'],
    [4210, 'de', '4,2 kB'],
    [812, 'de', '812 Byte'],
  ])('%d bytes in %s: %s', (bytes, locale, expected) => {
    expect(formatBytes(bytes, locale)).toBe(expected);
  });
});
