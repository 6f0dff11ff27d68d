import { useContext, useEffect, useRef } from 'react';
import type { ModeId } from './keymap';
import type { CommandHandler } from './createKeyBindings';
import { KeyBindingsContext } from './keyBindingsContext';

/**
 * Gives a visible mode (note editing, relation picking, suggestion review) its own key bindings
 * while it is shown (`active`): its handlers win over the window's; a handler returning false
 * passes the key on. The mode's keys are keymap entries with `mode` set to this mode.
 */
export function useModeBindings(mode: ModeId, commands: Readonly<Record<string, CommandHandler>>, active = true): void {
  const bindings = useContext(KeyBindingsContext);
  const latest = useRef(commands);
  latest.current = commands;
  useEffect(() => {
    if (!bindings || !active) return;
    return bindings.push({ mode, handlerOf: (command) => latest.current[command] });
  }, [bindings, mode, active]);
}
