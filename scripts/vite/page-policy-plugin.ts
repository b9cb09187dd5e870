import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY, REFERRER_POLICY } from './security-headers.ts';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The `<meta>` tags that carry the page's policy, in the order they go into `<head>`. */
export function policyMetaTags(): string {
  return [
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(META_CONTENT_SECURITY_POLICY)}" />`,
    `<meta name="referrer" content="${REFERRER_POLICY}" />`,
  ].join('\n    ');
}

/**
 * Puts the Content-Security-Policy and the Referrer-Policy into the built `index.html` as `<meta>`
 * tags right after `<meta charset>`, before any script, so a host that cannot set response headers
 * still runs the app under them; and fails the build if the page holds a script the policy would
 * block (an inline `<script>` or an `on…=` attribute). Build only: the dev server injects inline
 * scripts of its own (React's refresh preamble).
 */
export function pagePolicyPlugin(): Plugin {
  return {
    name: 'linimasa-page-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename }) {
        const charset = /<meta\s+charset=[^>]*>/i.exec(html);
        if (!charset) throw new Error(`${filename}: no <meta charset> to put the security policy after`);
        const at = charset.index + charset[0].length;
        const out = `${html.slice(0, at)}\n    ${policyMetaTags()}${html.slice(at)}`;
        const inline = [...out.matchAll(/<script\b([^>]*)>/gi)].filter(
          ([, attributes]) => !/\ssrc\s*=/i.test(` ${attributes}`),
        );
        if (inline.length > 0)
          throw new Error(`${filename}: an inline <script> would be blocked by script-src 'self': ${inline[0]![0]}`);
        const handler = /<[^>]+\son[a-z]+\s*=/i.exec(out);
        if (handler)
          throw new Error(`${filename}: an inline event handler would be blocked by script-src 'self': ${handler[0]}`);
        return out;
      },
    },
  };
}
