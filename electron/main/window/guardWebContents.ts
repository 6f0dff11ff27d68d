import type { WebContents } from 'electron';
import { isTrustedUrl, type TrustedLocation } from '../security/trustedOrigins';

/**
 * Denies every navigation away from our own UI, every window.open and every <webview>, because
 * the renderer shows untrusted text and must never become a browser.
 */
export function guardWebContents(contents: WebContents, trusted: readonly TrustedLocation[]): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url, trusted)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url, trusted)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
