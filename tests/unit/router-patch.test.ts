import fs from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// The server runs @remix-run/router's CommonJS build, which patches/@remix-run+router*.patch changes: route
// matches are kept per route tree and path, and plain absolute links skip segment resolution. (Vitest's own
// imports would get the unpatched ESM build, so the CommonJS one is loaded as the server loads it.)
const require = createRequire(import.meta.url);
const routerFile = require.resolve("@remix-run/router");
const router = require(routerFile) as typeof import("@remix-run/router");

const routes = [
  {
    id: "root",
    path: "",
    children: [
      { id: "home", index: true },
      { id: "article", path: "news/:slug" },
      { id: "splat", path: "*" },
    ],
  },
];

describe("the router patch", () => {
  it("is applied to the build the server runs", () => {
    expect(routerFile).toMatch(/router\.cjs\.js$/);
    expect(fs.readFileSync(routerFile, "utf8")).toContain("matchRoutesUncached");
  });

  it("answers a path matched before with the same matches, as objects of the caller's own", () => {
    const first = router.matchRoutes(routes, "/news/a")!;
    expect(first.map((m) => m.route.id)).toEqual(["root", "article"]);
    expect(first[1]!.params).toEqual({ slug: "a" });
    // A caller that changes its matches must not change what the next caller gets.
    (first[1]!.params as Record<string, string>).slug = "changed";
    first.pop();
    const second = router.matchRoutes(routes, "/news/a")!;
    expect(second.map((m) => m.route.id)).toEqual(["root", "article"]);
    expect(second[1]!.params).toEqual({ slug: "a" });
    expect(router.matchRoutes(routes, "/news/b")![1]!.params).toEqual({ slug: "b" });
    expect(router.matchRoutes(routes, "/other")!.map((m) => m.route.id)).toEqual(["root", "splat"]);
  });

  it("keeps apart route trees with the same paths", () => {
    const other = [{ id: "only", path: "news/:slug" }];
    expect(router.matchRoutes(routes, "/news/a")!.map((m) => m.route.id)).toEqual(["root", "article"]);
    expect(router.matchRoutes(other, "/news/a")!.map((m) => m.route.id)).toEqual(["only"]);
    expect(router.matchRoutes(other, "/")).toBeNull();
  });

  it("resolves links as before: plain absolute ones directly, . and .. segments still resolved", () => {
    expect(router.resolvePath("/news/abc").pathname).toBe("/news/abc");
    expect(router.resolvePath("/").pathname).toBe("/");
    expect(router.resolvePath("/feed.xml").pathname).toBe("/feed.xml");
    expect(router.resolvePath("/a/../b").pathname).toBe("/b");
    expect(router.resolvePath("/a/./b").pathname).toBe("/a/b");
    expect(router.resolvePath("/shop?x=1#y")).toEqual({ pathname: "/shop", search: "?x=1", hash: "#y" });
    expect(router.resolvePath("c", "/a/b").pathname).toBe("/a/b/c");
  });
});
