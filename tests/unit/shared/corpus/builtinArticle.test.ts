import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_ARTICLE_TEXT } from '@shared/corpus/builtinArticle';
import { canonicalizeText } from '@shared/text/canonicalText';

const FILE = path.resolve(import.meta.dirname, '../../../../shared/corpus/000_2010653594c6cf10.txt');

describe('BUILTIN_ARTICLE_TEXT', () => {
  it('equals the committed .txt copy byte for byte and is already canonical', () => {
    const fromFile = readFileSync(FILE, 'utf8');
    expect(BUILTIN_ARTICLE_TEXT).toBe(fromFile);
    expect(canonicalizeText(BUILTIN_ARTICLE_TEXT)).toBe(BUILTIN_ARTICLE_TEXT);
    expect(BUILTIN_ARTICLE_TEXT.length).toBe(2618);
    expect(BUILTIN_ARTICLE_TEXT.split('\n')).toHaveLength(8);
  });
});
