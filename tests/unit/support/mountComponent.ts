import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach } from 'vitest';

/** The current test's mount: the element React renders into, and a render that flushes inside `act`. */
export interface MountedComponent {
  readonly host: HTMLDivElement;
  render(node: ReactNode): void;
}

/**
 * Gives every test of the file (call it at the top level, in a DOM environment such as happy-dom)
 * a fresh React root in a new element of the document, unmounted and removed after the test, so no
 * test sees another's rendering; renders run inside `act`, as React expects of tests.
 */
export function mountComponent(): MountedComponent {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  let host: HTMLDivElement | null = null;
  let root: Root | null = null;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    const done = root;
    if (done) act(() => done.unmount());
    host?.remove();
    host = null;
    root = null;
  });
  const current = <T,>(value: T | null): T => {
    if (value === null) throw new Error('mountComponent: used outside a test');
    return value;
  };
  return {
    get host() {
      return current(host);
    },
    render(node) {
      const mounted = current(root);
      act(() => mounted.render(node));
    },
  };
}
