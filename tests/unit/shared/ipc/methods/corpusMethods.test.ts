import { describe, expect, it } from 'vitest';
import { BaseFileNameField, DroppedFileSchema, MAX_OPENED_FILE_BYTES, corpusMethods } from '@shared/ipc/methods/corpusMethods';

describe('corpus method schemas', () => {
  it('accept dropped bytes up to the cap and refuse one byte more (the window never reads more)', () => {
    const at = DroppedFileSchema.safeParse({ name: 'a.txt', size: MAX_OPENED_FILE_BYTES, bytes: new Uint8Array(MAX_OPENED_FILE_BYTES) });
    const over = DroppedFileSchema.safeParse({ name: 'a.txt', size: MAX_OPENED_FILE_BYTES + 1, bytes: new Uint8Array(MAX_OPENED_FILE_BYTES + 1) });
    expect(at.success).toBe(true);
    expect(over.success).toBe(false);
  });

  it.each(['Bericht Mu\u0308ller 😀.txt', 'a', '.hidden.md'])('accept the base name %j', (name) => {
    expect(BaseFileNameField.safeParse(name).success).toBe(true);
  });

  it.each(['', '.', '..', '../a.txt', 'C:\\a.txt', '/etc/passwd', 'a\0.txt', 'x'.repeat(256)])('refuse %j as a file name', (name) => {
    expect(BaseFileNameField.safeParse(name).success).toBe(false);
  });

  it('trims a new title and refuses a blank one or an empty change', () => {
    const request = corpusMethods.updateDocument.request;
    const id = `sha256:${'a'.repeat(64)}`;
    expect(request.parse({ documentId: id, title: '  Gipfel 😀  ' })).toEqual({ documentId: id, title: 'Gipfel 😀' });
    expect(request.safeParse({ documentId: id, title: '   ' }).success).toBe(false);
    expect(request.safeParse({ documentId: id }).success).toBe(false);
  });
});
