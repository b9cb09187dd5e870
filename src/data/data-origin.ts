/**
 * Where a dataset may come from. A deployment may restrict `?data=` to some
 * origins with the build-time setting `VITE_ALLOWED_DATA_ORIGINS`
 * (space-separated origins; empty or `*` allows any http(s) origin).
 */

/** The origins this build opens `?data=` from (`VITE_ALLOWED_DATA_ORIGINS`); empty or `*`: any. */
export const ALLOWED_DATA_ORIGINS: string = import.meta.env.VITE_ALLOWED_DATA_ORIGINS ?? '';

/** The result of checking a `?data=` address. */
export type DataUrlCheck =
  | { readonly ok: true; readonly url: string; readonly foreign: boolean; readonly host: string }
  | { readonly ok: false; readonly reason: string };

/** Checks a `?data=` value: http(s) or a path on the app's own origin, and an allowed origin. */
export function checkDataUrl(value: string, appHref: string, allowed: string = ''): DataUrlCheck {
  let url: URL;
  try {
    url = new URL(value, appHref);
  } catch {
    return { ok: false, reason: `"${value}" is not an address` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: `only http: and https: addresses can be opened, not ${url.protocol}` };
  }
  if (url.username || url.password) return { ok: false, reason: 'addresses with a user name or password are not opened' };
  const app = new URL(appHref);
  const list = allowed.split(/\s+/).filter(Boolean);
  const foreign = url.origin !== app.origin;
  if (foreign && list.length > 0 && !list.includes('*') && !list.includes(url.origin)) {
    return { ok: false, reason: `this site does not open data from ${url.origin}` };
  }
  return { ok: true, url: url.href, foreign, host: url.host };
}
