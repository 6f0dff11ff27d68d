import { createOffsetConverter } from '../text/offsetConverter';
import { labeledStringKey, type LabeledString } from './suggestLearned';
import { compareSuggestions } from './suggestRules';
import { createSuggestionBuckets } from './suggestionBuckets';
import { suggestionId, type SuggestedRelation, type Suggestion, type Suggestions } from './suggestion';
import { diffTags, overlapping, type Tag } from './tagDiff';
import { createLearningQueue } from './learningQueue';

/** What changed in the shown suggestions: ids no longer shown, and suggestions shown anew. */
export interface SuggestionPatch {
  readonly added: readonly Suggestion[];
  readonly removed: readonly string[];
}

/**
 * The suggestions a window shows for one text, kept up to date change by change: the rule
 * suggestions (set once per text), learned strings (from the store and from my tags here), my
 * rejections and my tags; each change returns only the suggestions it showed or hid. A change
 * costs what it touches: a tag hides the suggestions it covers at once, but finding where a string
 * that became learned (or unlearned) occurs in the whole text is queued for `work`, which the
 * window runs in idle slices, so no key press pays for a word that occurs thousands of times.
 */
export interface SuggestionIndex {
  setRules(rules: Suggestions): SuggestionPatch;
  /** Adds rule suggestions without dropping any (a slice of the whole text's, loaded a part at a time); costs what it adds. */
  addRules(list: readonly Suggestion[]): SuggestionPatch;
  /** The suggested relations of the whole text; replaces the previous ones. */
  setRelations(list: readonly SuggestedRelation[]): void;
  /** The strings learned in other documents; replaces the previous list. */
  setLearned(strings: readonly LabeledString[]): SuggestionPatch;
  /** My rejected (label, string) pairs; replaces the previous list. */
  setRejected(entries: readonly LabeledString[]): SuggestionPatch;
  reject(entry: LabeledString): SuggestionPatch;
  unreject(entry: LabeledString): SuggestionPatch;
  isRejected(entry: LabeledString): boolean;
  /** My tags now (sorted by start, as the session keeps them): only the tags that changed since the last call cost anything. */
  updateMine(tags: readonly Tag[]): SuggestionPatch;
  /** True while strings that became learned or unlearned still wait for `work`. */
  pending(): boolean;
  /** Does the queued learning a part at a time (at least one) while `more()` says yes; a part is about a millisecond. */
  work(more: () => boolean): SuggestionPatch;
  /** The shown suggestions in text order. */
  visible(): readonly Suggestion[];
  /** The shown suggestions that overlap [start, end) (code points), in text order: what a window draws. */
  visibleIn(start: number, end: number): Suggestion[];
  isOpen(id: string): boolean;
  get(id: string): Suggestion | undefined;
  /** How many are shown, of one label or of all. */
  count(label?: string): number;
  /** The next (1) or previous (-1) shown suggestion after position `from` (from the start or end when null), wrapping around. */
  neighbour(from: Suggestion | null, direction: 1 | -1): Suggestion | null;
  /** The suggested relations that start or end at suggestion `id`. */
  relationsOf(id: string): readonly SuggestedRelation[];
}

interface Entry {
  readonly s: Suggestion;
  /** Its (label, string) key, made once: drawing a window asks for it of thousands of entries. */
  readonly key: string;
  rule: boolean;
  learned: boolean;
  /** How many of my tags of its label overlap it. */
  covered: number;
}

/** Creates the index for `text` (the canonical text the offsets count code points of). */
export function createSuggestionIndex(text: string): SuggestionIndex {
  const converter = createOffsetConverter(text);
  const entries = new Map<string, Entry>();
  /** The suggestions in text order, in buckets: a change re-sorts only the buckets it touches. */
  const ordered = createSuggestionBuckets();
  /** Suggestions added and dropped during the running change, put into `ordered` once at its end. */
  let inserted: Suggestion[] = [];
  let dropped: Suggestion[] = [];
  let maxLength = 0;
  const byKey = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  let total = 0;
  const rejected = new Set<string>();
  const storeLearned = new Map<string, LabeledString>();
  const mineCounts = new Map<string, number>();
  let mine: readonly Tag[] = [];
  let mineMaxLength = 0;
  let relations = new Map<string, SuggestedRelation[]>();
  let visibleCache: Suggestion[] | null = null;
  /** Strings whose learned state changed and whose occurrences are not all updated yet. */
  const queue = createLearningQueue(text, converter);

  const shown = (e: Entry | undefined) => e !== undefined && (e.rule || e.learned) && e.covered === 0 && !rejected.has(e.key);

  /** Runs a change, remembering how each touched suggestion was shown before, and returns what it showed or hid. */
  const change = (run: (touch: (id: string) => void) => void): SuggestionPatch => {
    const before = new Map<string, { was: boolean; label: string | undefined }>();
    run((id) => {
      const entry = entries.get(id);
      if (!before.has(id)) before.set(id, { was: shown(entry), label: entry?.s.label });
    });
    if (inserted.length > 0 || dropped.length > 0) {
      // A suggestion dropped and added again in one change (rules loaded anew) is listed once.
      const fresh = new Map(inserted.filter((s) => entries.get(s.id)?.s === s).map((s) => [s.id, s]));
      // Only a change that dropped something can have put the same id in twice; one that only adds prunes nothing.
      if (dropped.length > 0) ordered.prune([...dropped, ...fresh.values()], (s) => entries.get(s.id)?.s === s && !fresh.has(s.id));
      ordered.add([...fresh.values()]);
    }
    inserted = [];
    dropped = [];
    const added: Suggestion[] = [];
    const removed: string[] = [];
    for (const [id, { was, label: oldLabel }] of before) {
      const entry = entries.get(id);
      const now = shown(entry);
      if (was === now) continue;
      // A suggestion that goes was shown, so its label was known when it was touched.
      const label = entry?.s.label ?? oldLabel ?? '';
      counts.set(label, (counts.get(label) ?? 0) + (now ? 1 : -1));
      total += now ? 1 : -1;
      if (now) added.push((entry as Entry).s);
      else removed.push(id);
    }
    if (added.length > 0 || removed.length > 0) visibleCache = null;
    return { added: added.sort(compareSuggestions), removed };
  };

  /** How many of my tags of the suggestion's label overlap it (my tags are sorted by start). */
  const coverOf = (s: Suggestion) => overlapping(mine, s, mineMaxLength).filter((t) => t.label === s.label).length;

  const addEntry = (s: Suggestion, touch: (id: string) => void, kind: 'rule' | 'learned', knownKey?: string) => {
    touch(s.id);
    const existing = entries.get(s.id);
    if (existing) {
      existing[kind] = true;
      return;
    }
    const key = knownKey ?? labeledStringKey(s);
    entries.set(s.id, { s, key, rule: kind === 'rule', learned: kind === 'learned', covered: coverOf(s) });
    const ids = byKey.get(key) ?? new Set<string>();
    ids.add(s.id);
    byKey.set(key, ids);
    inserted.push(s);
    maxLength = Math.max(maxLength, s.end - s.start);
  };

  const dropKind = (id: string, touch: (id: string) => void, kind: 'rule' | 'learned') => {
    const entry = entries.get(id);
    if (!entry) return;
    touch(id);
    entry[kind] = false;
    if (entry.rule || entry.learned) return;
    entries.delete(id);
    byKey.get(entry.key)?.delete(id);
    dropped.push(entry.s);
  };

  const isLearned = (key: string) => storeLearned.has(key) || (mineCounts.get(key) ?? 0) > 0;

  /** One part of the queued learning: the occurrences it hands out get (or lose) the learned suggestion; false when nothing is queued. */
  const workPart = (touch: (id: string) => void): boolean => {
    const part = queue.take();
    if (!part) return false;
    const learned = isLearned(part.key);
    for (const { start, end } of part.spans) {
      const id = suggestionId(part.label, start, end);
      if (learned) addEntry({ id, label: part.label, start, end, text: part.text, suggester: 'learned' }, touch, 'learned', part.key);
      else dropKind(id, touch, 'learned');
    }
    return true;
  };

  const cover = (tag: Tag, delta: 1 | -1, touch: (id: string) => void) => {
    for (const s of ordered.overlapping(tag.start, tag.end, maxLength)) {
      const entry = entries.get(s.id);
      if (s.label !== tag.label || !entry) continue;
      touch(s.id);
      entry.covered += delta;
    }
  };

  const countMine = (tag: Tag, delta: 1 | -1, touch: (id: string) => void) => {
    const key = labeledStringKey(tag);
    const wasLearned = isLearned(key);
    const next = (mineCounts.get(key) ?? 0) + delta;
    if (next > 0) mineCounts.set(key, next);
    else mineCounts.delete(key);
    if (wasLearned === isLearned(key)) return;
    queue.requeue(key, tag);
    // Its own place is unlearned at once: the tag's suggestion, uncovered by deleting the tag, must not flash up there until `work` gets to it.
    if (delta === -1) dropKind(suggestionId(tag.label, tag.start, tag.end), touch, 'learned');
  };

  function setRelations(list: readonly SuggestedRelation[]): void {
    relations = new Map();
    for (const r of list) {
      for (const end of [r.from, r.to]) {
        const at = relations.get(end);
        if (at) at.push(r);
        else relations.set(end, [r]);
      }
    }
  }

  return {
    setRules: (rules) =>
      change((touch) => {
        for (const e of [...entries.values()]) if (e.rule) dropKind(e.s.id, touch, 'rule');
        for (const s of rules.annotations) addEntry(s, touch, 'rule');
        setRelations(rules.relations);
      }),
    addRules: (list) =>
      change((touch) => {
        for (const s of list) addEntry(s, touch, 'rule');
      }),
    setRelations,
    setLearned: (strings) =>
      change(() => {
        const next = new Map(strings.map((s) => [labeledStringKey(s), { label: s.label, text: s.text.normalize('NFC') }]));
        for (const key of [...storeLearned.keys()]) {
          if (next.has(key)) continue;
          const entry = storeLearned.get(key) as LabeledString;
          storeLearned.delete(key);
          if (!isLearned(key)) queue.requeue(key, entry);
        }
        for (const [key, entry] of next) {
          if (storeLearned.has(key)) continue;
          const was = isLearned(key);
          storeLearned.set(key, entry);
          if (!was) queue.requeue(key, entry);
        }
      }),
    setRejected: (list) =>
      change((touch) => {
        const next = new Set(list.map(labeledStringKey));
        for (const key of new Set([...rejected, ...next])) {
          if (rejected.has(key) === next.has(key)) continue;
          for (const id of byKey.get(key) ?? []) touch(id);
          if (next.has(key)) rejected.add(key);
          else rejected.delete(key);
        }
      }),
    reject: (entry) =>
      change((touch) => {
        const key = labeledStringKey(entry);
        for (const id of byKey.get(key) ?? []) touch(id);
        rejected.add(key);
      }),
    unreject: (entry) =>
      change((touch) => {
        const key = labeledStringKey(entry);
        for (const id of byKey.get(key) ?? []) touch(id);
        rejected.delete(key);
      }),
    isRejected: (entry) => rejected.has(labeledStringKey(entry)),
    updateMine: (tags) =>
      change((touch) => {
        const { added, removed } = diffTags(mine, tags);
        mine = tags;
        for (const tag of added) mineMaxLength = Math.max(mineMaxLength, tag.end - tag.start);
        for (const tag of removed) {
          cover(tag, -1, touch);
          countMine(tag, -1, touch);
        }
        for (const tag of added) {
          cover(tag, 1, touch);
          countMine(tag, 1, touch);
        }
      }),
    pending: queue.pending,
    work: (more) =>
      change((touch) => {
        // At least one part per call, so a caller whose budget is already spent still gets on.
        while (workPart(touch) && more());
      }),
    visible: () => (visibleCache ??= ordered.all().filter((s) => shown(entries.get(s.id)))),
    visibleIn: (start, end) => ordered.overlapping(start, end, maxLength).filter((s) => shown(entries.get(s.id))),
    isOpen: (id) => shown(entries.get(id)),
    get: (id) => entries.get(id)?.s,
    count: (label) => (label === undefined ? total : counts.get(label) ?? 0),
    neighbour: (from, direction) => (total === 0 ? null : ordered.step(from, direction, (s) => shown(entries.get(s.id)))),
    relationsOf: (id) => relations.get(id) ?? [],
  };
}
