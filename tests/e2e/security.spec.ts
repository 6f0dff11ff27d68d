import { defineElectronHostSecurityTests } from '../security/electronHostSecurity';

// Checks that need a real Electron (runtime CSP, no Node in the page, packaged fuses); skipped with the reason elsewhere.
defineElectronHostSecurityTests();
