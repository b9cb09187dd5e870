import type { SharedState } from '@/store/create-app-store';
import { formatUrlState } from '@/store/url-state';

/** Escapes text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/** The address of the embed for a view: the same state, in embed mode, keeping the dataset parameters. */
export function createEmbedUrl(appUrl: string, search: string, state: SharedState): string {
  const url = new URL(appUrl);
  // A draft lives in one browser: an embed never points at one.
  url.search = formatUrlState(search, { ...state, mode: 'embed', presentStep: 0, draftId: null });
  url.hash = '';
  return url.href;
}

/**
 * The tallest the host script lets an embed grow, CSS px, unless the snippet
 * says otherwise: about a phone screen and a half, past which the story
 * scrolls inside its frame instead of taking over the article.
 */
export const EMBED_MAX_HEIGHT = 1000;

/**
 * The HTML a journalist pastes into a page: a lazy, sandboxed iframe of the
 * current view with an accessible title, and the host script that sizes it
 * to its content up to `data-linimasa-max-height` (px).
 */
export function createEmbedSnippet(
  appUrl: string,
  search: string,
  state: SharedState,
  title: string,
  maxHeight: number = EMBED_MAX_HEIGHT,
): string {
  const src = createEmbedUrl(appUrl, search, state);
  const script = new URL('embed.js', appUrl).href;
  return [
    `<iframe src="${escapeAttribute(src)}"`,
    `  title="${escapeAttribute(title)}"`,
    `  width="100%" height="480" loading="lazy"`,
    `  data-linimasa-max-height="${Math.round(maxHeight)}"`,
    `  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"`,
    `  referrerpolicy="strict-origin-when-cross-origin"`,
    `  data-linimasa></iframe>`,
    `<script src="${escapeAttribute(script)}" async></script>`,
  ].join('\n');
}
