import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/** V8's explicit compile hint: compile every function of the file at once, off the main thread while it streams in. */
const HINT = '//# allFunctionsCalledOnLoad\n';

/** The chunks built from `modules` (path endings) and every chunk they import statically. */
function chunksOf(bundle: OutputBundle, modules: readonly string[]): Set<OutputChunk> {
  const found = new Set<OutputChunk>();
  const visit = (chunk: OutputChunk) => {
    if (found.has(chunk)) return;
    found.add(chunk);
    for (const file of chunk.imports) {
      const imported = bundle[file];
      if (imported?.type === 'chunk') visit(imported);
    }
  };
  for (const item of Object.values(bundle)) {
    const id = item.type === 'chunk' ? item.facadeModuleId?.replaceAll('\\', '/') : undefined;
    if (item.type === 'chunk' && (item.isEntry || modules.some((module) => id?.endsWith(module)))) visit(item);
  }
  return found;
}

/**
 * Marks the code the first render runs (the entry, and the chunks of
 * `modules` with their imports) with V8's compile hint, so its functions are
 * compiled as the files arrive rather than one by one as the first render
 * calls them. The source map is moved down the one line the hint takes.
 */
export function compileHints(modules: readonly string[]): Plugin {
  const hinted: string[] = [];
  return {
    name: 'linimasa-compile-hints',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After Vite has written its preload helpers at the top of the chunks: the hint must be the first line.
      order: 'post',
      handler(_options, bundle) {
        hinted.length = 0;
        for (const chunk of chunksOf(bundle as OutputBundle, modules)) {
          chunk.code = HINT + chunk.code;
          hinted.push(chunk.fileName);
        }
      },
    },
    // The bundler writes the source maps from maps of its own: they are moved down a line once written.
    writeBundle(options) {
      for (const file of hinted) {
        const path = join(options.dir ?? 'dist', `${file}.map`);
        if (!existsSync(path)) continue;
        const map = JSON.parse(readFileSync(path, 'utf8')) as { mappings: string };
        map.mappings = `;${map.mappings}`;
        writeFileSync(path, JSON.stringify(map));
      }
    },
  };
}
