const INDEXES = new WeakMap<readonly { readonly id: string }[], ReadonlyMap<string, unknown>>();

/**
 * The items of a list by id, made once per list and shared by every caller (lists never change in
 * place: a change makes a new one), so the relation checks of a tag change, the arcs, the details
 * panel and the speakers all look tags up in one index instead of each scanning the list.
 */
export function byIdOnce<T extends { readonly id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  let index = INDEXES.get(list) as ReadonlyMap<string, T> | undefined;
  if (index === undefined) {
    index = new Map(list.map((item) => [item.id, item]));
    INDEXES.set(list, index);
  }
  return index;
}
