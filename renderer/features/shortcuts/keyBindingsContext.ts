import { createContext } from 'react';
import type { KeyBindings } from './createKeyBindings';

/** The window's key bindings, for modes inside the workbench to push their layer onto. */
export const KeyBindingsContext = createContext<KeyBindings | null>(null);
