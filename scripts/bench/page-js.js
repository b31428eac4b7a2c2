// The JavaScript a page makes the browser load: every <script src> and <link rel="modulepreload"> in
// its HTML, with each file's gzip size read from build/client (what the server sends compressed).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

/** { files: [{ file, gzipBytes }], totalGzipBytes } for the scripts `html` references. */
export function pageScripts(root, html) {
  const urls = new Set();
  for (const m of html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g))
    urls.add(m[1]);
  // Remix's inline module script imports the entry and route modules by URL too.
  for (const m of html.matchAll(/import(?:\s+\*\s+as\s+\w+\s+from)?\s*"(\/assets\/[^"]+\.js)"/g)) urls.add(m[1]);
  const files = [...urls].map((url) => {
    const file = path.join(root, "build", "client", url);
    const gzipBytes = fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file)).length : NaN;
    return { file: url, gzipBytes };
  });
  files.sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { files, totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}
