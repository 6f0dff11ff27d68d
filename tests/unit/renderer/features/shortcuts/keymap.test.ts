import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS } from '@shared/annotation/labelSet';
import { chordTexts, KEYMAP, NAMED_KEYS } from '../../../../../renderer/features/shortcuts/keymap';

const ROOT = path.resolve(import.meta.dirname, '../../../../..');

function shortcutCatalog(language: string): { shortcuts: { actions: Record<string, string>; where: Record<string, string> }; keys: Record<string, string> } {
  return JSON.parse(readFileSync(path.join(ROOT, 'renderer/i18n/locales', language, 'shortcuts.json'), 'utf8'));
}

/** The rows of the README's keymap table (under "### Keys"), as [keys, where, action]. */
function readmeRows(): string[][] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf('| key | where | action |')).split('\n\n')[0] ?? '';
  return table
    .split('\n')
    .slice(2)
    .map((line) => line.replace(/^\| | \|$/g, '').split(' | '));
}

describe('KEYMAP', () => {
  it('is exactly the README table, in the same order, with the English catalog wording (keys, where, action)', () => {
    const en = shortcutCatalog('en');
    const expected = KEYMAP.map((shortcut) => [
      chordTexts(shortcut, (token) => en.keys[token] ?? token)
        .map((chord) => `\`${chord}\``)
        .join(' / '),
      en.shortcuts.where[shortcut.where],
      en.shortcuts.actions[shortcut.id],
    ]);
    expect(readmeRows()).toEqual(expected);
  });

  it('has an action text in both languages for every shortcut and a name for every named key', () => {
    for (const language of ['en', 'de']) {
      const catalog = shortcutCatalog(language);
      expect(Object.keys(catalog.shortcuts.actions).sort()).toEqual(KEYMAP.map((s) => s.id).sort());
      expect(Object.keys(catalog.keys).sort()).toEqual([...NAMED_KEYS].sort());
      for (const shortcut of KEYMAP) expect(catalog.shortcuts.where[shortcut.where], `${language} where.${shortcut.where}`).toBeTruthy();
    }
  });

  it('lists the label keys of the label set', () => {
    const label = KEYMAP.find((s) => s.id === 'label');
    expect(label?.chords.map((c) => c.join('+'))).toEqual(DEFAULT_LABELS.map((l) => l.key));
  });

  it('shows German key names in German', () => {
    const de = shortcutCatalog('de');
    const undo = KEYMAP.find((s) => s.id === 'undo');
    expect(undo && chordTexts(undo, (token) => de.keys[token] ?? token)).toEqual(['Strg+Z', 'Strg+Umschalt+Z', 'Strg+Y']);
  });

  it('names one command per chord wherever the window runs the keys', () => {
    for (const shortcut of KEYMAP) if (shortcut.commands) expect(shortcut.commands, shortcut.id).toHaveLength(shortcut.chords.length);
    expect(KEYMAP.filter((s) => !s.commands).map((s) => s.id)).toEqual(['noteLeave', 'searchSteps', 'lists']);
  });

  it('lets Escape leave every visible mode: note editing, relation picking, a selected relation, the suggestion review', () => {
    const places = ['noteEditing', 'relationPicking', 'relationSelected', 'suggestionReview'] as const;
    for (const place of places) {
      const leaves = KEYMAP.filter((s) => s.where === place && s.chords.some((chord) => chord.length === 1 && chord[0] === 'Escape'));
      expect(leaves, place).toHaveLength(1);
    }
    // The modes the window binds (all but the note field, which handles its own keys) run Escape as a command of their own.
    const modeEscapes = KEYMAP.filter((s) => s.mode !== undefined && s.chords.some((chord) => chord[0] === 'Escape'));
    expect(modeEscapes.map((s) => [s.mode, s.commands?.[0]])).toEqual([
      ['relationPicking', 'relationCancel'],
      ['relationSelected', 'relationDeselect'],
      ['suggestionReview', 'closeSuggestions'],
    ]);
  });
});
