import { describe, expect, it, vi } from 'vitest';
import { createAutosave, type AutosaveTimers, type SaveStatus } from '../../../../renderer/state/createAutosave';

/** Fake timers under our own control, so debounce and maximum wait are checked to the millisecond. */
function fakeTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: AutosaveTimers = {
    setTimeout: (run, ms) => {
      const id = next++;
      pending.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (id) => void pending.delete(id as number),
    now: () => now,
  };
  const advance = async (ms: number) => {
    const end = now + ms;
    for (;;) {
      // Promises settled before the next timer run first, as in the browser (a save that answered is seen before any timer).
      await new Promise((resolve) => setImmediate(resolve));
      const due = [...pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].run();
      await Promise.resolve();
      await Promise.resolve();
    }
    now = end;
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { timers, advance };
}

function setup(save: () => Promise<void> = async () => undefined) {
  const { timers, advance } = fakeTimers();
  const statuses: SaveStatus[] = [];
  const saveSpy = vi.fn(save);
  const autosave = createAutosave(
    { save: saveSpy, onStatus: (s) => statuses.push(s), isConflict: (e) => e instanceof Error && e.message === 'conflict', timers },
    { debounceMs: 1000, maxWaitMs: 5000, retryDelaysMs: [1000, 2000], savingShownAfterMs: 300 },
  );
  return { autosave, statuses, saveSpy, advance };
}

describe('createAutosave', () => {
  it('saves about 1 s after the last edit (debounce), not before', async () => {
    const { autosave, saveSpy, advance, statuses } = setup();
    autosave.changed();
    await advance(600);
    autosave.changed();
    await advance(900);
    expect(saveSpy).not.toHaveBeenCalled();
    await advance(150);
    expect(saveSpy).toHaveBeenCalledTimes(1);
    expect(statuses).toEqual(['unsaved', 'unsaved', 'saved']);
    expect(autosave.dirty).toBe(false);
  });

  it('saves at most about 5 s apart during continuous editing (maximum wait)', async () => {
    const { autosave, saveSpy, advance } = setup();
    for (let t = 0; t < 5200; t += 400) {
      autosave.changed();
      await advance(400);
    }
    expect(saveSpy).toHaveBeenCalledTimes(1);
  });

  it('flush saves at once (Ctrl+S, blur, close) and is a no-op when nothing changed', async () => {
    const { autosave, saveSpy } = setup();
    await autosave.flush();
    expect(saveSpy).not.toHaveBeenCalled();
    autosave.changed();
    await autosave.flush();
    expect(saveSpy).toHaveBeenCalledTimes(1);
  });

  it('a failed save (ENOSPC) keeps the document unsaved, reports it and retries with backoff', async () => {
    let fail = true;
    const { autosave, saveSpy, statuses, advance } = setup(async () => {
      if (fail) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    autosave.changed();
    await advance(1000);
    expect(statuses.at(-1)).toBe('failed');
    expect(autosave.dirty).toBe(true);
    await advance(1000);
    expect(saveSpy).toHaveBeenCalledTimes(2);
    fail = false;
    await advance(2000);
    expect(saveSpy).toHaveBeenCalledTimes(3);
    expect(statuses.at(-1)).toBe('saved');
    expect(autosave.dirty).toBe(false);
  });

  it('edits made while a save is running are saved afterwards, none lost', async () => {
    let release: () => void = () => undefined;
    const { autosave, saveSpy, advance } = setup(() => new Promise<void>((resolve) => (release = resolve)));
    autosave.changed();
    await advance(1000);
    autosave.changed();
    release();
    await advance(1100);
    release();
    await advance(10);
    expect(saveSpy).toHaveBeenCalledTimes(2);
    expect(autosave.dirty).toBe(false);
  });

  it('a conflict stops autosave and says so instead of overwriting', async () => {
    const { autosave, saveSpy, statuses, advance } = setup(async () => {
      throw new Error('conflict');
    });
    autosave.changed();
    await advance(1000);
    await advance(20_000);
    expect(saveSpy).toHaveBeenCalledTimes(1);
    expect(statuses.at(-1)).toBe('conflict');
  });

  it('a save that answers within 300 ms never says "saving": unsaved goes straight to saved (one status change per save)', async () => {
    const { autosave, statuses, advance } = setup(async () => undefined);
    autosave.changed();
    await advance(1000);
    await advance(299);
    expect(statuses).toEqual(['unsaved', 'saved']);
  });

  it('a save still running after 300 ms says "saving" then, and "saved" when it answers', async () => {
    let release: () => void = () => undefined;
    const { autosave, statuses, advance } = setup(() => new Promise<void>((resolve) => (release = resolve)));
    autosave.changed();
    await advance(1000);
    await advance(299);
    expect(statuses).toEqual(['unsaved']);
    await advance(1);
    expect(statuses).toEqual(['unsaved', 'saving']);
    release();
    await advance(10);
    expect(statuses).toEqual(['unsaved', 'saving', 'saved']);
  });

  it('a save in flight is still unsaved work, though the status line does not say "saving" yet', async () => {
    let release: () => void = () => undefined;
    const { autosave, statuses, advance } = setup(() => new Promise<void>((resolve) => (release = resolve)));
    autosave.changed();
    await advance(1100);
    expect(autosave.dirty).toBe(true);
    expect(statuses.at(-1)).toBe('unsaved');
    release();
    await advance(10);
    expect(autosave.dirty).toBe(false);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('a fast failure or conflict is said at once, with no "saving" before it, and no "saving" comes after', async () => {
    const failing = setup(async () => {
      throw new Error('EACCES');
    });
    failing.autosave.changed();
    await failing.advance(1000);
    expect(failing.statuses).toEqual(['unsaved', 'failed']);
    await failing.advance(500);
    expect(failing.statuses).toEqual(['unsaved', 'failed']);
    const conflicting = setup(async () => {
      throw new Error('conflict');
    });
    conflicting.autosave.changed();
    await conflicting.advance(1000);
    await conflicting.advance(500);
    expect(conflicting.statuses).toEqual(['unsaved', 'conflict']);
  });

  it('a slow save that fails says "saving" after 300 ms, then "failed"', async () => {
    let reject: (error: Error) => void = () => undefined;
    const { autosave, statuses, advance } = setup(() => new Promise<void>((_resolve, fail) => (reject = fail)));
    autosave.changed();
    await advance(1300);
    reject(new Error('ENOSPC'));
    await advance(10);
    expect(statuses).toEqual(['unsaved', 'saving', 'failed']);
  });
});
