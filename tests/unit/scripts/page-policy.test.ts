import type { IndexHtmlTransformContext, Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { pagePolicyPlugin } from '../../../scripts/vite/page-policy-plugin';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from '../../../scripts/vite/security-headers';

/** Runs the plugin's index.html transform as the build does. */
function transform(html: string): string {
  const hook = (pagePolicyPlugin() as Plugin).transformIndexHtml as {
    handler: (html: string, ctx: IndexHtmlTransformContext) => string;
  };
  return hook.handler(html, { filename: 'index.html', path: '/index.html' } as IndexHtmlTransformContext);
}

const PAGE = `<!doctype html><html><head><meta charset="UTF-8" /><title>Linimasa</title><script type="module" crossorigin src="./assets/index.js"></script></head><body></body></html>`;

describe('the page policy', () => {
  it('puts the Content-Security-Policy and the Referrer-Policy right after <meta charset>, before any script', () => {
    const html = transform(PAGE);
    const meta = html.indexOf('<meta http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
    expect(html).toContain(`content="${META_CONTENT_SECURITY_POLICY}"`);
    expect(html).toContain('<meta name="referrer" content="strict-origin-when-cross-origin" />');
  });

  it('is the header policy less frame-ancestors, which a meta tag cannot carry', () => {
    expect(META_CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(META_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|frame-ancestors/);
    expect(CONTENT_SECURITY_POLICY).toBe(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors *`);
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('fails the build on an inline script or an inline event handler the policy would block', () => {
    expect(() => transform(PAGE.replace('</head>', '<script>window.x = 1</script></head>'))).toThrow(/inline <script>/);
    expect(() => transform(PAGE.replace('<body>', '<body onload="go()">'))).toThrow(/inline event handler/);
    expect(() => transform(PAGE.replace('<meta charset="UTF-8" />', ''))).toThrow(/no <meta charset>/);
  });
});
