/**
 * The HTTP headers Linimasa is deployed with (README, "Deploying"). `vite
 * preview` sends them, so every browser test runs the built app under them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  // `?data=` may fetch a dataset from any https origin (or http for local work); narrow this to your data hosts.
  "connect-src 'self' https: http:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  // Embeds must be framable by news sites; narrow this to your publishers' origins if you can.
  'frame-ancestors *',
].join('; ');

/** Headers for every response of the app. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
};
