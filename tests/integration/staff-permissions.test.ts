// Every staff route module, found on disk, asked by every kind of visitor: anonymous visitors are sent
// to log in, center staff never get into /admin, the regional center never into /center, and editors
// only reach the editorial pages. A new route under /admin or /center is covered without editing this.
import { describe, expect, it } from "vitest";
import { formRequest, getRequest, sessionCookie, STAFF } from "../support/staff";

type RouteModule = {
  loader?: (args: unknown) => Promise<unknown>;
  action?: (args: unknown) => Promise<unknown>;
};

const modules = import.meta.glob<RouteModule>("/app/routes/{admin,admin_,center,center_}*.{ts,tsx}");

/** Editors work on the webzine (articles, 월호, its newsletter); everything else in /admin is the administrator's. */
const EDITOR_ALLOWED = /^(admin|admin_)\.(articles|issues|newsletter)\b|^admin\._index$|^admin$/;

function routeId(file: string) {
  return file.replace(/^\/app\/routes\//, "").replace(/\.(ts|tsx)$/, "");
}

/** A URL for the route id, with made-up values for its params (checks run before any lookup). */
function pathFor(id: string) {
  const segments = id
    .replace(/_(?=\.|$)/g, "")
    .split(".")
    .filter((s) => s !== "index" && s !== "_index")
    .map((s) => (s.startsWith("$") ? "999999" : s.replace(/\[\.\]/g, ".")));
  return `/${segments.join("/")}`;
}

async function outcome(run: () => Promise<unknown> | undefined): Promise<{ status: number; location: string | null }> {
  try {
    const result = await run();
    if (result instanceof Response) return { status: result.status, location: result.headers.get("Location") };
    const init = (result as { init?: ResponseInit | null } | null)?.init;
    return { status: init?.status ?? 200, location: null };
  } catch (error) {
    if (error instanceof Response) return { status: error.status, location: error.headers.get("Location") };
    const init = (error as { init?: ResponseInit | null } | null)?.init;
    if (init?.status) return { status: init.status, location: null };
    throw error;
  }
}

const cases = Object.keys(modules)
  .map((file) => ({ file, id: routeId(file) }))
  .filter(({ id }) => /^(admin|center)(_?\.|$)/.test(id)); // not the public /centers pages

describe("staff routes", () => {
  it("are found on disk", () => {
    expect(cases.map((c) => c.id)).toEqual(expect.arrayContaining(["admin", "center", "admin.orders._index"]));
  });

  it.each(cases)("$id: anonymous visitors are sent to /login?redirectTo=…", async ({ file, id }) => {
    const mod = await modules[file]!();
    const path = pathFor(id);
    for (const fn of [mod.loader, mod.action]) {
      if (!fn) continue;
      const request = fn === mod.loader ? getRequest(path) : formRequest(path, { intent: "x" });
      const { status, location } = await outcome(() =>
        fn({ request, params: { id: "999999", key: "2099-01", number: "SD-1" }, context: {} }),
      );
      expect(status, `${id} ${fn === mod.loader ? "loader" : "action"}`).toBe(302);
      expect(location).toBe(`/login?${new URLSearchParams({ redirectTo: path })}`);
    }
  });

  it.each(cases)("$id: only the right roles get in", async ({ file, id }) => {
    const mod = await modules[file]!();
    const path = pathFor(id);
    const isAdminArea = id.startsWith("admin");
    const refused = isAdminArea
      ? [STAFF.seogu, ...(EDITOR_ALLOWED.test(id) ? [] : [STAFF.editor])]
      : [STAFF.admin, STAFF.editor];
    for (const email of refused) {
      const cookie = await sessionCookie(email);
      for (const fn of [mod.loader, mod.action]) {
        if (!fn) continue;
        const request = fn === mod.loader ? getRequest(path, cookie) : formRequest(path, { intent: "x" }, cookie);
        const { status } = await outcome(() =>
          fn({ request, params: { id: "999999", key: "2099-01", number: "SD-1" }, context: {} }),
        );
        expect(status, `${email} → ${id} ${fn === mod.loader ? "loader" : "action"}`).toBe(403);
      }
    }
  });
});
