/**
 * The renderer's Content-Security-Policy: only our own scripts and styles, no eval, no inline
 * code, no plugins; main sets it as a header on every response and the HTML repeats it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
