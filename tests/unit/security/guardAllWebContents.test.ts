import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { App, WebContents } from 'electron';
import { guardAllWebContents, type GuardableWebContents, type GuestWebPreferences, type WebContentsSource } from '../../../electron/main/security/guardAllWebContents';
import { APP_LOCATION } from '../../../electron/main/security/trustedOrigins';

vi.mock('electron', () => ({}));

// Compile-time proof that the composition root can pass Electron's real `app` unchanged.
export const acceptsElectronApp = (app: App): WebContentsSource => app;
export const acceptsWebContents = (contents: WebContents): GuardableWebContents => contents;

class FakeContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }) {
    this.openHandler = handler;
  }
  fire(name: string, arg: unknown): boolean {
    const event = { preventDefault: vi.fn() };
    this.emit(name, event, arg);
    return event.preventDefault.mock.calls.length > 0;
  }
}

function setup() {
  const app = new EventEmitter();
  const opened: string[] = [];
  guardAllWebContents(app as unknown as WebContentsSource, { trusted: [APP_LOCATION], onWindowOpen: (url) => opened.push(url) });
  const create = () => {
    const contents = new FakeContents();
    app.emit('web-contents-created', {}, contents as unknown as GuardableWebContents);
    return contents;
  };
  return { create, opened };
}

const HOSTILE = [
  'app://workbench.evil/index.html',
  'app://evil/',
  'app://workbench@evil/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https://example.com/Mu\u0308ller😀',
  'http://workbench/index.html',
  'about:blank',
  'devtools://devtools/bundled/inspector.html',
  'not-a-url',
];

describe('guardAllWebContents', () => {
  it.each(HOSTILE)('every created web contents refuses navigation and redirect to %s', (url) => {
    const { create } = setup();
    for (const contents of [create(), create()]) {
      expect(contents.fire('will-navigate', url)).toBe(true);
      expect(contents.fire('will-redirect', url)).toBe(true);
    }
  });

  it('lets our own UI navigate inside app://workbench', () => {
    const contents = setup().create();
    expect(contents.fire('will-navigate', 'app://workbench/index.html#tag')).toBe(false);
  });

  it('prevents every <webview> and strips its preload and Node access', () => {
    const contents = setup().create();
    const webPreferences: GuestWebPreferences = { preload: '/tmp/evil.js', nodeIntegration: true, contextIsolation: false };
    expect(contents.fire('will-attach-webview', webPreferences)).toBe(true);
    expect(webPreferences).toEqual({ nodeIntegration: false, contextIsolation: true });
  });

  it('denies every new window and hands the URL to the link opener', () => {
    const { create, opened } = setup();
    const contents = create();
    for (const url of [...HOSTILE, 'app://workbench/index.html']) expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    expect(opened).toEqual([...HOSTILE, 'app://workbench/index.html']);
  });
});
