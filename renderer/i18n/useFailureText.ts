import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { causeSentence, type FailureCause } from '@shared/ipc/failureSentence';

/** Words a failure's cause (see causeOf) as a sentence in the UI language, for components that show one. */
export function useFailureText(): (cause: FailureCause) => string {
  const { t } = useTranslation();
  return useCallback((cause: FailureCause) => causeSentence((key, values) => t(key, values), cause), [t]);
}
