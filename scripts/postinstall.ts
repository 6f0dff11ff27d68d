import { electronBinaryCheck } from './electron/electronBinaryCheck';

// npm's postinstall for Tagwerk itself: fetch the Electron binary (Electron ≥ 42 no longer does at
// install). A failed download is one warning line and never fails the install.
await electronBinaryCheck('install').catch((error: unknown) => {
  console.error(`Tagwerk: warning: the Electron binary check failed (${error instanceof Error ? error.message : String(error)}); npm install succeeded.`);
});
