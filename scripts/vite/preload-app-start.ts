import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/** The chunk built from `module` (a path ending, such as `src/app/start.tsx`), and every chunk it imports statically, in load order. */
function chunkWithImports(bundle: OutputBundle, module: string): string[] {
  const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
  const start = chunks.find((chunk) => chunk.facadeModuleId?.replaceAll('\\', '/').endsWith(module));
  if (!start) return [];
  const files: string[] = [];
  const visit = (file: string) => {
    if (files.includes(file)) return;
    const chunk = bundle[file];
    if (chunk?.type === 'chunk') for (const imported of chunk.imports) visit(imported);
    files.push(file);
  };
  visit(start.fileName);
  // The entry and what it imports statically have tags of their own already (its script tag, Vite's modulepreloads).
  const entries = chunks.filter((chunk) => chunk.isEntry);
  const loaded = new Set(entries.flatMap((chunk) => [chunk.fileName, ...chunk.imports]));
  return files.filter((file) => !loaded.has(file));
}

/**
 * The entry script is small: it starts the dataset's download, then imports
 * the app (`module`) dynamically. This writes modulepreload links for the
 * app's chunks into index.html, so the browser fetches them alongside the
 * entry rather than once it has run. Hrefs carry the configured base, as
 * Vite's own tags do.
 */
export function preloadAppStart(module: string): Plugin {
  let base = '/';
  return {
    name: 'linimasa-preload-app-start',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (!context.bundle) return [];
        return chunkWithImports(context.bundle as OutputBundle, module).map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
