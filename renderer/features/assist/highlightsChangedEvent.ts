/**
 * The event the page's document gets after the drawn suggestions' highlights changed: a paint that
 * no DOM change shows, so the bench probe (tests/bench/page/probe.ts) can stamp it as it stamps a DOM change.
 */
export const highlightsChangedEvent = 'tagwerk:highlights-changed';
