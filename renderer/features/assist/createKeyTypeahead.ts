/** Keys held in the order they were pressed, until there is something for them to act on. */
export interface KeyTypeahead<K> {
  hold(key: K): void;
  /**
   * Runs the held keys in order with `run` and forgets them; a key that acts on nothing (`run`
   * returns false) drops the keys after it, so no late key lands somewhere nobody expected. Returns how many acted.
   */
  release(run: (key: K) => boolean): number;
  /** Forgets the held keys without running them (the mode closed). */
  drop(): void;
  size(): number;
}

/** Creates an empty typeahead: keys pressed while a mode's content is still loading are held, not lost, as editors do. */
export function createKeyTypeahead<K>(): KeyTypeahead<K> {
  let held: K[] = [];
  return {
    hold(key) {
      held.push(key);
    },
    release(run) {
      const keys = held;
      held = [];
      let acted = 0;
      for (const key of keys) {
        if (!run(key)) break;
        acted += 1;
      }
      return acted;
    },
    drop() {
      held = [];
    },
    size: () => held.length,
  };
}
