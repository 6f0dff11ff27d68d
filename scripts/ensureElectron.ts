import { electronBinaryCheck } from './electron/electronBinaryCheck';

// Runs before `npm start` and `npm run dev` build anything: without the Electron binary (after one
// download attempt) it explains what is missing and how to fix it, and exits 1.
const result = await electronBinaryCheck('start');
process.exitCode = result.ok ? 0 : 1;
