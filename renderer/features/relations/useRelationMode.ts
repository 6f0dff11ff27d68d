import { useEffect, useMemo } from 'react';
import { DEFAULT_RELATION_TYPES } from '@shared/relation/relationType';
import type { DocumentSession } from '../../state/createDocumentSession';
import type { CommandHandler } from '../shortcuts/createKeyBindings';
import { createRelationMode, type RelationMode } from './createRelationMode';

/** The relation mode of the open document's session, made once per session and ended with it. */
export function useRelationMode(session: DocumentSession): RelationMode {
  const mode = useMemo(() => createRelationMode(session, DEFAULT_RELATION_TYPES), [session]);
  useEffect(() => () => mode.dispose(), [mode]);
  return mode;
}

/**
 * The window's relation commands: R starts picking a target for the selected tag (the status
 * line says why not); Tab / Shift+Tab select the selected tag's next / previous relation, and
 * pass the key on (focus moves as usual) when it has none.
 */
export function relationCommands(mode: RelationMode, ready: boolean): Record<string, CommandHandler> {
  return {
    relate: () => {
      if (!ready) return false;
      mode.start();
    },
    relationNextOfTag: () => ready && mode.cycle(1),
    relationPreviousOfTag: () => ready && mode.cycle(-1),
  };
}
