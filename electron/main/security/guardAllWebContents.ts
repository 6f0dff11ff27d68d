import { isTrustedUrl, type TrustedLocation } from './trustedOrigins';

/** The part of an Electron event this module uses. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** The webPreferences of a <webview> about to attach, as far as this module touches them. */
export interface GuestWebPreferences {
  preload?: string;
  nodeIntegration?: boolean;
  contextIsolation?: boolean;
}

/** The part of Electron's WebContents this module uses (structural, so the module stays Electron-free). */
export interface GuardableWebContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent, webPreferences: GuestWebPreferences) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The part of Electron's `app` this module uses. */
export interface WebContentsSource {
  on(event: 'web-contents-created', listener: (event: unknown, contents: GuardableWebContents) => void): unknown;
}

/** Options: where our UI lives, and an optional place to send links the user tried to open in a new window. */
export interface GuardAllWebContentsOptions {
  trusted: readonly TrustedLocation[];
  onWindowOpen?(url: string): void;
}

/**
 * Guards every web contents the app ever creates (not only the main window): no <webview>,
 * no navigation or redirect outside our UI, no new windows — links go to `onWindowOpen` (e.g. the
 * confirming external-link opener) — so no later window or frame can become a browser.
 */
export function guardAllWebContents(app: WebContentsSource, options: GuardAllWebContentsOptions): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event, webPreferences) => {
      // Defence in depth if ever un-prevented: no preload, no Node in the guest.
      delete webPreferences.preload;
      webPreferences.nodeIntegration = false;
      webPreferences.contextIsolation = true;
      event.preventDefault();
    });
    const refuseUntrusted = (event: PreventableEvent, url: string) => {
      if (!isTrustedUrl(url, options.trusted)) event.preventDefault();
    };
    contents.on('will-navigate', refuseUntrusted);
    contents.on('will-redirect', refuseUntrusted);
    contents.setWindowOpenHandler(({ url }) => {
      options.onWindowOpen?.(url);
      return { action: 'deny' };
    });
  });
}
