import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

const normal = (id: string): string => id.replaceAll('\\', '/');

/** The chunk built from `module` (a path ending, such as `src/app/start.tsx`), and every chunk it imports statically, in load order. */
function chunkWithImports(bundle: OutputBundle, module: string): string[] {
  const chunks = Object.values(bundle).filter((item): item is OutputChunk => item.type === 'chunk');
  // The module is the chunk's facade, or one module of the group chunk the app's start is built into.
  const start = chunks.find((chunk) => chunk.moduleIds.some((id) => normal(id).endsWith(module)));
  if (!start) return [];
  const withImports = (from: string): string[] => {
    const files: string[] = [];
    const visit = (file: string) => {
      if (files.includes(file)) return;
      const chunk = bundle[file];
      if (chunk?.type === 'chunk') for (const imported of chunk.imports) visit(imported);
      files.push(file);
    };
    visit(from);
    return files;
  };
  // The entry and what it imports statically have tags of their own already (its script tag, Vite's modulepreloads).
  const loaded = new Set(chunks.filter((chunk) => chunk.isEntry).flatMap((chunk) => withImports(chunk.fileName)));
  return withImports(start.fileName).filter((file) => !loaded.has(file));
}

/**
 * The entry script is small: it starts the dataset's download, then imports
 * the app (`module`) dynamically. This keeps what the app imports statically
 * (and the entry does not) in one chunk, rather than in a shared chunk for
 * each set of lazy views that use some of it, and writes modulepreload links
 * for it into index.html, so the browser fetches the app alongside the entry
 * rather than once it has run. Hrefs carry the configured base, as Vite's own
 * tags do.
 */
export function preloadAppStart(module: string): Plugin {
  let base = '/';
  // The modules of the app's start: filled in once the module graph is known, read when chunks are made.
  const startModules = new Set<string>();
  return {
    name: 'linimasa-preload-app-start',
    apply: 'build',
    config(config) {
      // Workers are bundled on their own, with their own options: only the app's output gets the group.
      const output = config.build?.rolldownOptions?.output;
      if (Array.isArray(output)) return;
      return {
        build: {
          rolldownOptions: {
            output: {
              ...output,
              codeSplitting: {
                // Only the modules listed: the entry's own stay with the entry, however the app uses them.
                includeDependenciesRecursively: false,
                groups: [{ name: 'start', test: (id: string) => startModules.has(id) }],
              },
            },
          },
        },
      };
    },
    configResolved(config) {
      base = config.base;
    },
    buildEnd() {
      const ids = [...this.getModuleIds()];
      const startId = ids.find((id) => normal(id).endsWith(module));
      if (!startId) return;
      const reach = (from: readonly string[]): Set<string> => {
        const seen = new Set<string>();
        const stack = [...from];
        while (stack.length > 0) {
          const id = stack.pop() as string;
          if (seen.has(id)) continue;
          seen.add(id);
          stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
        }
        return seen;
      };
      const entryModules = reach(ids.filter((id) => this.getModuleInfo(id)?.isEntry));
      startModules.clear();
      for (const id of reach([startId])) if (!entryModules.has(id)) startModules.add(id);
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
