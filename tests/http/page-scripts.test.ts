import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { CHUNK_MODULES_FILE, type ChunkModules } from "../../scripts/vite-chunks";
import { TEST_BUILD_DIR } from "../support/server";

// What the browser build makes each route load (Remix's manifest: entry, the route and its parents, with their
// imports) and which source modules those files hold (the build's client-chunks.json).
type Route = { id: string; parentId?: string; module: string; imports?: string[] };
type Manifest = { entry: { module: string; imports: string[] }; routes: Record<string, Route> };

const assets = path.join(TEST_BUILD_DIR, "client", "assets");
const manifestFile = fs.readdirSync(assets).find((f) => /^manifest-[\w-]+\.js$/.test(f))!;
const manifest: Manifest = JSON.parse(
  fs
    .readFileSync(path.join(assets, manifestFile), "utf8")
    .replace(/^window\.__remixManifest=/, "")
    .replace(/;\s*$/, ""),
);
const chunks: ChunkModules = JSON.parse(fs.readFileSync(path.join(TEST_BUILD_DIR, CHUNK_MODULES_FILE), "utf8"));

function routeFiles(id: string) {
  const files = new Set([manifest.entry.module, ...manifest.entry.imports]);
  for (let r: Route | undefined = manifest.routes[id]; r; r = r.parentId ? manifest.routes[r.parentId] : undefined)
    for (const f of [r.module, ...(r.imports ?? [])]) files.add(f);
  return [...files];
}
const routeModules = (id: string) => routeFiles(id).flatMap((f) => Object.keys(chunks[f]?.modules ?? {}));

const STAFF_ROUTE = /^routes\/(admin|center)([._]|$)/;
const STAFF_MODULE =
  /^app\/(routes\/(admin|center)([._]|$)|components\/(staff-shell|admin-ui)\.tsx|cms\/|site-info\/site-info-fields)/;
// Public pages without a form of their own: neither zod nor Conform.
const NO_FORM_ROUTES = [
  "routes/_index",
  "routes/news.$slug",
  "routes/issues.$key",
  "routes/shop.$slug",
  "routes/search",
  "routes/cart",
];

describe("the browser scripts of public pages", () => {
  const publicRoutes = Object.keys(manifest.routes).filter((id) => id !== "root" && !STAFF_ROUTE.test(id));

  it("hold no staff module (admin/center routes, staff shell, admin UI, CMS editing)", () => {
    expect(publicRoutes.length).toBeGreaterThan(30);
    const leaks = publicRoutes.flatMap((id) =>
      routeModules(id)
        .filter((m) => STAFF_MODULE.test(m))
        .map((m) => `${id}: ${m}`),
    );
    expect(leaks).toEqual([]);
  });

  it("hold no form library on pages without a form", () => {
    const leaks = NO_FORM_ROUTES.flatMap((id) =>
      routeModules(id)
        .filter((m) => /node_modules\/(zod|@conform-to)\//.test(m))
        .map((m) => `${id}: ${m}`),
    );
    expect(leaks).toEqual([]);
  });

  it("keep the article page within 90 KiB gzip (issue #14)", () => {
    const bytes = routeFiles("routes/news.$slug").reduce(
      (sum, f) => sum + zlib.gzipSync(fs.readFileSync(path.join(TEST_BUILD_DIR, "client", f))).length,
      0,
    );
    expect(bytes).toBeLessThanOrEqual(90 * 1024);
  });
});
