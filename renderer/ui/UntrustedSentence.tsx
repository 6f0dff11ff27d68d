import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { UntrustedText } from './UntrustedText';

/** Marks where an untrusted value goes in a translated sentence: private-use characters no catalog contains, around the value's slot number. */
const SLOTS = /\uE000(\d+)\uE001/gu;

/**
 * A translated sentence with names, titles or files from a file in it: each `untrusted` value
 * is rendered as `UntrustedText` (isolated in `<bdi>`, format characters shown) instead of being
 * interpolated into the text, so `x\u202Etxt` cannot reorder the words around it, and the
 * accessible text stays the plain sentence.
 */
export function UntrustedSentence({ i18nKey, values = {}, untrusted }: { i18nKey: string; values?: Record<string, string | number>; untrusted: Record<string, string> }) {
  const { t } = useTranslation();
  const slotted = Object.entries(untrusted);
  const sentence = t(i18nKey, { ...values, ...Object.fromEntries(slotted.map(([name], i) => [name, `\uE000${i}\uE001`])) });
  const parts = sentence.split(SLOTS);
  // split with one capture group: even indices are text, odd ones slot numbers.
  return <>{parts.map((part, i) => (i % 2 === 0 ? <Fragment key={i}>{part}</Fragment> : <UntrustedText key={i} text={slotted[Number(part)]?.[1] ?? ''} />))}</>;
}
