import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { guardWebContents } from '../../../../../electron/main/window/guardWebContents';
import { APP_LOCATION } from '../../../../../electron/main/security/trustedOrigins';

vi.mock('electron', () => ({}));

function fakeContents() {
  const listeners = new Map<string, (event: { preventDefault(): void }, url?: string) => void>();
  let openHandler: ((details: { url: string }) => unknown) | null = null;
  const contents = {
    on: (event: string, listener: (event: { preventDefault(): void }, url?: string) => void) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => {
      openHandler = handler;
    },
  };
  guardWebContents(contents as unknown as WebContents, [APP_LOCATION]);
  const fire = (name: string, url: string) => {
    const event = { preventDefault: vi.fn() };
    listeners.get(name)?.(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { fire, open: (url: string) => openHandler?.({ url }) };
}

const HOSTILE = [
  'app://workbench.evil/index.html',
  'app://evil/index.html',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'https://example.com/',
  'http://workbench/index.html',
  'app://workbench@evil/',
  'not a url',
];

describe('guardWebContents', () => {
  it.each(HOSTILE)('blocks navigation and redirects to %s', (url) => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', url)).toBe(true);
    expect(fire('will-redirect', url)).toBe(true);
  });

  it('lets the app navigate within app://workbench', () => {
    const { fire } = fakeContents();
    expect(fire('will-navigate', 'app://workbench/index.html')).toBe(false);
  });

  it.each([...HOSTILE, 'app://workbench/index.html'])('denies window.open of %s', (url) => {
    expect(fakeContents().open(url)).toEqual({ action: 'deny' });
  });

  it('prevents every <webview> from attaching', () => {
    const { fire } = fakeContents();
    expect(fire('will-attach-webview', '')).toBe(true);
  });
});
