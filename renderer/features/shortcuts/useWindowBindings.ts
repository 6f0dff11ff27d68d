import { useEffect, useRef, useState } from 'react';
import type { MenuCommand } from '@shared/ipc/events';
import { createKeyBindings, type CommandHandler, type KeyBindings } from './createKeyBindings';
import { isInPlace } from './eventPlace';

/** Where menu commands come from: main's event subscription (returns the unsubscribe). */
export interface MenuSource {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/**
 * The window's ONE command map: keys (via the keymap, on a window capture listener registered
 * once) and menu commands run the same handlers. Handlers are read at call time, so they may
 * change every render without re-registering. Returns the bindings for `KeyBindingsContext`.
 */
export function useWindowBindings(commands: Readonly<Record<string, CommandHandler>>, menu: MenuSource): KeyBindings {
  const [bindings] = useState(() => createKeyBindings({ isInPlace }));
  const latest = useRef(commands);
  latest.current = commands;
  useEffect(() => {
    const remove = bindings.push({ mode: null, handlerOf: (command) => latest.current[command] });
    const onKeyDown = (event: KeyboardEvent) => void bindings.handleKey(event);
    window.addEventListener('keydown', onKeyDown, true);
    const unsubscribe = menu.onMenuCommand(({ command, documentId }) => void bindings.run(command, documentId === undefined ? {} : { documentId }));
    return () => {
      remove();
      window.removeEventListener('keydown', onKeyDown, true);
      unsubscribe();
    };
  }, [bindings, menu]);
  return bindings;
}
