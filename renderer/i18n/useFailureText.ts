import { useCallback } from 'react';
import { useT } from './useT';
import { causeSentence, type FailureCause } from '@shared/ipc/failureSentence';

/** Words a failure's cause (see causeOf) as a sentence in the UI language, for components that show one. */
export function useFailureText(): (cause: FailureCause) => string {
  const t = useT();
  return useCallback((cause: FailureCause) => causeSentence((key, values) => t(key, values), cause), [t]);
}
