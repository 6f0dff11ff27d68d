import { describe, expect, it } from 'vitest';
import type { DocumentEncoding } from '@shared/ipc/methods/corpusMethods';
import { createEncodingMemo } from '../../../../../renderer/features/corpus/createEncodingMemo';

const UTF8: DocumentEncoding = { encoding: 'utf-8', replacementCharacters: 0, c1Controls: 0, canReopen: false };
const CP1252: DocumentEncoding = { encoding: 'windows-1252', replacementCharacters: 1, c1Controls: 2, canReopen: true };
const A = `sha256:${'a'.repeat(64)}`;
const B = `sha256:${'b'.repeat(64)}`;

/** main's describeEncoding, answering from a table and counting the asks per document. */
function fakeMain(answers: Record<string, DocumentEncoding | Error>) {
  const asks: string[] = [];
  const describe = async ({ documentId }: { documentId: string }) => {
    asks.push(documentId);
    const answer = answers[documentId];
    if (answer === undefined || answer instanceof Error) throw answer ?? new Error('not found');
    return answer;
  };
  return { describe, asks };
}

describe('createEncodingMemo', () => {
  it('asks main once per document, and knows the answer once it has arrived (the bar draws it with the text)', async () => {
    const main = fakeMain({ [A]: UTF8, [B]: CP1252 });
    const memo = createEncodingMemo(main.describe);
    expect(memo.known(A)).toBeNull();
    const first = memo.request(A);
    expect(memo.request(A)).toBe(first);
    expect(memo.known(A)).toBeNull();
    await expect(first).resolves.toEqual(UTF8);
    expect(memo.known(A)).toEqual(UTF8);
    await memo.request(B);
    await memo.request(A);
    expect(main.asks).toEqual([A, B]);
  });

  it('forgets a failed ask, so the next one asks again', async () => {
    const answers: Record<string, DocumentEncoding | Error> = { [A]: new Error('busy') };
    const main = fakeMain(answers);
    const memo = createEncodingMemo(main.describe);
    await expect(memo.request(A)).rejects.toThrow('busy');
    expect(memo.known(A)).toBeNull();
    answers[A] = UTF8;
    await expect(memo.request(A)).resolves.toEqual(UTF8);
    expect(main.asks).toEqual([A, A]);
  });

  it('asks again after clear (documents changed), and an answer to an ask from before the clear is not kept', async () => {
    const main = fakeMain({ [A]: UTF8 });
    const memo = createEncodingMemo(main.describe);
    const before = memo.request(A);
    memo.clear();
    await before;
    expect(memo.known(A)).toBeNull();
    await memo.request(A);
    expect(memo.known(A)).toEqual(UTF8);
    expect(main.asks).toEqual([A, A]);
  });

  it('keeps the last `size` documents', async () => {
    const ids = [1, 2, 3].map((n) => `sha256:${String(n).repeat(64)}`);
    const main = fakeMain(Object.fromEntries(ids.map((id) => [id, UTF8])));
    const memo = createEncodingMemo(main.describe, 2);
    for (const id of ids) await memo.request(id);
    expect(ids.map((id) => memo.known(id) !== null)).toEqual([false, true, true]);
  });
});
