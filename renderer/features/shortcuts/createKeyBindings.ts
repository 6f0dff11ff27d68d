import { KEYMAP, type ModeId, type Shortcut, type ShortcutPlace } from './keymap';
import { matchChord, type ChordEvent } from './matchChord';

/** What a command runs with: the key event (keys) or the document id (the menu's recent files). */
export interface CommandContext {
  event?: ChordEvent & { target: EventTarget | null };
  documentId?: string;
}

/** Runs a command; returning false means "not mine now" — the next layer or the browser gets the key. */
export type CommandHandler = (context: CommandContext) => boolean | void;

/** A set of command handlers: the window's (mode null), or a visible mode's, whose bindings win while it is shown. */
export interface BindingLayer {
  readonly mode: ModeId | null;
  /** The handler of a command, looked up at key time (so handlers may change every render). */
  handlerOf(command: string): CommandHandler | undefined;
}

/** The window's one dispatcher for keys and menu commands, with layers that modes push and pop. */
export interface KeyBindings {
  /** Adds a layer above the others; returns its removal. */
  push(layer: BindingLayer): () => void;
  /** Runs the command the keymap gives this key, top layer first; prevents the default when one ran. */
  handleKey(event: ChordEvent & { target: EventTarget | null; preventDefault(): void }): boolean;
  /** Runs a named command (a menu item), top layer first; true when a handler took it. */
  run(command: string, context?: CommandContext): boolean;
}

/** What the bindings need: the keymap and a test of where an event's target is. */
export interface KeyBindingsDeps {
  keymap?: readonly Shortcut[];
  isInPlace(where: ShortcutPlace, target: EventTarget | null): boolean;
}

interface Candidate {
  shortcut: Shortcut;
  command: string;
}

/** The (shortcut, command) pairs a key event is, exact Shift first, else Shift ignored. */
function candidatesFor(keymap: readonly Shortcut[], event: ChordEvent): Candidate[] {
  for (const strictShift of [true, false]) {
    const found: Candidate[] = [];
    for (const shortcut of keymap) {
      shortcut.chords.forEach((chord, index) => {
        const command = shortcut.commands?.[index];
        if (command !== undefined && matchChord(chord, event, strictShift)) found.push({ shortcut, command });
      });
    }
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Creates the dispatcher: a key becomes the commands the keymap names for it in the place it was
 * pressed; layers are asked newest first (a shown mode before the window), and within a layer the
 * mode's own shortcuts before the general ones, so one keymap serves the window and every mode.
 */
export function createKeyBindings(deps: KeyBindingsDeps): KeyBindings {
  const keymap = deps.keymap ?? KEYMAP;
  const layers: BindingLayer[] = [];
  const newestFirst = () => [...layers].reverse();
  return {
    push(layer) {
      layers.push(layer);
      return () => {
        const index = layers.lastIndexOf(layer);
        if (index >= 0) layers.splice(index, 1);
      };
    },
    handleKey(event) {
      const candidates = candidatesFor(keymap, event).filter((c) => deps.isInPlace(c.shortcut.where, event.target));
      for (const layer of newestFirst()) {
        const mine = candidates.filter((c) => (c.shortcut.mode ?? null) === layer.mode);
        const general = layer.mode === null ? [] : candidates.filter((c) => c.shortcut.mode === undefined);
        for (const { command } of [...mine, ...general]) {
          const handler = layer.handlerOf(command);
          if (handler && handler({ event }) !== false) {
            event.preventDefault();
            return true;
          }
        }
      }
      return false;
    },
    run(command, context = {}) {
      for (const layer of newestFirst()) {
        const handler = layer.handlerOf(command);
        if (handler && handler(context) !== false) return true;
      }
      return false;
    },
  };
}
