// Vite plugin: after the browser build, writes <build>/client-chunks.json — for every emitted script, the
// source modules it holds and their minified size — so tests and the bench can tell which code a page
// loads (Vite's own manifest names only entries). Written beside client/, never served.
import fs from "node:fs";
import path from "node:path";
import type { Plugin, ResolvedConfig } from "vite";

export type ChunkModules = Record<string, { modules: Record<string, number> }>;

export const CHUNK_MODULES_FILE = "client-chunks.json";

export function chunkModules(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "chunk-modules",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(options, bundle) {
      if (config.build.ssr) return;
      const outDir = options.dir ?? config.build.outDir;
      const report: ChunkModules = {};
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== "chunk") continue;
        const modules: Record<string, number> = {};
        for (const [id, info] of Object.entries(chunk.modules)) {
          const file = id.replace(/^\0/, "");
          modules[path.isAbsolute(file) ? path.relative(config.root, file) : file] = info.renderedLength;
        }
        report[`/${chunk.fileName}`] = { modules };
      }
      fs.writeFileSync(path.join(outDir, "..", CHUNK_MODULES_FILE), JSON.stringify(report, null, 1));
    },
  };
}

/**
 * Puts everything every page loads anyway — React and Remix, entry.client and all that the root layout
 * imports (header, footer, error boundary) — into one "shell" chunk: a dozen small files compress worse
 * and cost a request each. Modules only some routes import are left to Rollup, so no page loads more code.
 */
export function shellChunk(): Plugin {
  return {
    name: "shell-chunk",
    apply: "build",
    config(_, env) {
      if (env.isSsrBuild) return;
      let shell: Set<string> | null = null;
      return {
        build: {
          // Terser, two passes: the shell about 4 KiB (gzip) smaller than esbuild's minifying. Vite turns on
          // Safari 10 workarounds; the browsers Vite targets (Safari 14+) don't need them. The server build
          // stays unminified (readable stack traces).
          minify: "terser",
          terserOptions: { safari10: false, compress: { passes: 2 } },
          rollupOptions: {
            output: {
              manualChunks(id, { getModuleIds, getModuleInfo }) {
                shell ??= staticGraph(
                  [...getModuleIds()].filter((m) => /[/\\]app[/\\](root|entry\.client)\.tsx$/.test(m)),
                  getModuleInfo,
                );
                // entry.client itself stays its own chunk: it hydrates when run, which must wait until the
                // page's inline script has set up the route modules (the route modules import the shell).
                return shell.has(id) && !/[/\\]app[/\\]entry\.client\.tsx$/.test(id) ? "shell" : undefined;
              },
            },
          },
        },
      };
    },
  };
}

/** The modules `roots` import statically, directly or not (dynamic imports load on demand: left out). */
function staticGraph(roots: string[], getModuleInfo: (id: string) => { importedIds: readonly string[] } | null) {
  const seen = new Set<string>();
  const queue = [...roots];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...(getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}
