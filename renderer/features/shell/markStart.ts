/** The steps of the start that the window marks, in order (the bench and DevTools traces read them as `tagwerk:<step>`). */
export type StartStep = 'script' | 'shell-info' | 'i18n' | 'first-render' | 'start-document';

/**
 * Marks a step of the start on the page's performance timeline (User Timing), so a trace or the
 * bench can split start → editor into its parts; costs a few microseconds once per step.
 */
export function markStart(step: StartStep): void {
  performance.mark(`tagwerk:${step}`);
}
