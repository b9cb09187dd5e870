/**
 * The security policy Linimasa is deployed with (README, "Deploying"), defined once: the built
 * `index.html` carries what a `<meta>` tag can carry (scripts/vite/page-policy-plugin.ts), and
 * `vite preview` sends the full set as headers, so every browser test runs the built app under
 * both and the nested-path test under the meta tag alone.
 */
const POLICY_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  // Only the app's own files run: no inline script, no eval (zod runs jitless).
  "script-src 'self'",
  // The validation and graph-layout workers, and the offline service worker.
  "worker-src 'self'",
  "manifest-src 'self'",
  "style-src 'self'",
  // blob: and data: for the PNG and SVG exports.
  "img-src 'self' blob: data:",
  // `?data=` may fetch a dataset from any https origin (or http for local work); narrow this to your data hosts.
  "connect-src 'self' https: http:",
  "font-src 'self'",
  "object-src 'none'",
  // Only restricts <base> elements; relative addresses still resolve against the page.
  "base-uri 'none'",
  "form-action 'none'",
];

/** Directives a browser ignores in a `<meta>` policy, so only a response header can set them. */
const HEADER_ONLY_DIRECTIVES: readonly string[] = [
  // Embeds must be framable by news sites; narrow this to your publishers' origins if you can.
  'frame-ancestors *',
];

/** The Content-Security-Policy header value: everything, `frame-ancestors` included. */
export const CONTENT_SECURITY_POLICY = [...POLICY_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES].join('; ');

/** The same policy for `<meta http-equiv="Content-Security-Policy">`, without what a meta tag cannot set. */
export const META_CONTENT_SECURITY_POLICY = POLICY_DIRECTIVES.join('; ');

/** The Referrer-Policy, sent as a header and also carried by `<meta name="referrer">`. */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** Headers for every response of the app. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': REFERRER_POLICY,
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
};
