// Only ADMIN manages products, centers, users and reads the audit log: every loader and action of those
// routes is checked for anonymous visitors (→ login, coming back afterwards), center staff and editors
// (→ 403, nothing written) and admins (→ served).
import { beforeAll, describe, expect, it } from "vitest";
import * as auditPage from "~/routes/admin.audit._index";
import * as editCenter from "~/routes/admin.centers.$id";
import * as centerList from "~/routes/admin.centers._index";
import * as newCenter from "~/routes/admin.centers.new";
import * as editProduct from "~/routes/admin.products.$id";
import * as productList from "~/routes/admin.products._index";
import * as newProduct from "~/routes/admin.products.new";
import * as editUser from "~/routes/admin.users.$id";
import * as userList from "~/routes/admin.users._index";
import * as newUser from "~/routes/admin.users.new";
import { prisma } from "~/utils/db.server";
import { call } from "../support/route-calls";
import { formRequest, getRequest, sessionCookie, STAFF } from "../support/staff";

type RouteFn = Parameters<typeof call>[0];
type Route = {
  path: string;
  params: Record<string, string>;
  loader: RouteFn;
  action?: RouteFn;
  post?: Record<string, string>;
};

let ids: { product: number; center: number; user: number };
let routes: Route[];
const cookies: Record<"admin" | "editor" | "seogu", string> = { admin: "", editor: "", seogu: "" };

beforeAll(async () => {
  ids = {
    product: (await prisma.product.findUniqueOrThrow({ where: { slug: "naechingu-gim-jaban" } })).id,
    center: (await prisma.center.findUniqueOrThrow({ where: { slug: "seogu" } })).id,
    user: (await prisma.user.findUniqueOrThrow({ where: { email: STAFF.gwangsan } })).id,
  };
  // Posts that would change something if they were allowed.
  routes = [
    { path: "/admin/products", params: {}, loader: productList.loader },
    {
      path: "/admin/products/new",
      params: {},
      loader: newProduct.loader,
      action: newProduct.action,
      post: { name: "몰래" },
    },
    {
      path: `/admin/products/${ids.product}`,
      params: { id: String(ids.product) },
      loader: editProduct.loader,
      action: editProduct.action,
      post: { intent: "photo-remove", imageId: "1" },
    },
    { path: "/admin/centers", params: {}, loader: centerList.loader },
    {
      path: "/admin/centers/new",
      params: {},
      loader: newCenter.loader,
      action: newCenter.action,
      post: { name: "몰래" },
    },
    {
      path: `/admin/centers/${ids.center}`,
      params: { id: String(ids.center) },
      loader: editCenter.loader,
      action: editCenter.action,
      post: { name: "몰래" },
    },
    { path: "/admin/users", params: {}, loader: userList.loader },
    { path: "/admin/users/new", params: {}, loader: newUser.loader, action: newUser.action, post: { email: "x@y.kr" } },
    {
      path: `/admin/users/${ids.user}`,
      params: { id: String(ids.user) },
      loader: editUser.loader,
      action: editUser.action,
      post: { intent: "disable" },
    },
    { path: "/admin/audit", params: {}, loader: auditPage.loader },
  ];
  cookies.admin = await sessionCookie(STAFF.admin);
  cookies.editor = await sessionCookie(STAFF.editor);
  cookies.seogu = await sessionCookie(STAFF.seogu);
});

const loginPath = (path: string) => `/login?${new URLSearchParams({ redirectTo: path })}`;

async function unchanged(run: () => Promise<void>) {
  const counts = async () => [
    await prisma.auditLog.count(),
    await prisma.user.count({ where: { disabledAt: { not: null } } }),
    await prisma.product.count(),
    await prisma.center.count(),
    await prisma.productImage.count(),
  ];
  const before = await counts();
  await run();
  expect(await counts()).toEqual(before);
}

describe("the catalog, center, user and audit admin", () => {
  it("sends anonymous visitors to log in, for every loader and action", async () => {
    await unchanged(async () => {
      for (const route of routes) {
        const page = await call(route.loader, getRequest(`${route.path}?page=1`), route.params);
        expect(page, route.path).toMatchObject({ status: 302, location: loginPath(`${route.path}?page=1`) });
        if (!route.action) continue;
        const post = await call(route.action, formRequest(route.path, route.post!), route.params);
        expect(post, `POST ${route.path}`).toMatchObject({ status: 302, location: loginPath(route.path) });
      }
    });
  });

  it.each(["seogu", "editor"] as const)("refuses %s with 403 on every loader and action", async (who) => {
    await unchanged(async () => {
      for (const route of routes) {
        expect((await call(route.loader, getRequest(route.path, cookies[who]), route.params)).status, route.path).toBe(
          403,
        );
        if (!route.action) continue;
        const post = await call(route.action, formRequest(route.path, route.post!, cookies[who]), route.params);
        expect(post.status, `POST ${route.path}`).toBe(403);
      }
    });
  });

  it("serves admins every page, and their posts reach validation", async () => {
    for (const route of routes) {
      expect((await call(route.loader, getRequest(route.path, cookies.admin), route.params)).status, route.path).toBe(
        200,
      );
    }
    const invalid = await call(newProduct.action, formRequest("/admin/products/new", { name: "" }, cookies.admin));
    expect(invalid.status).toBe(400);
    const invalidCenter = await call(
      editCenter.action,
      formRequest(`/admin/centers/${ids.center}`, { name: "" }, cookies.admin),
      { id: String(ids.center) },
    );
    expect(invalidCenter.status).toBe(400);
    const unknownIntent = await call(
      editUser.action,
      formRequest(`/admin/users/${ids.user}`, { intent: "explode" }, cookies.admin),
      { id: String(ids.user) },
    );
    expect(unknownIntent.status).toBe(400);
  });

  it("answers 404 for ids that don't exist or aren't numbers", async () => {
    for (const [fn, path] of [
      [editProduct.loader, "/admin/products"],
      [editCenter.loader, "/admin/centers"],
      [editUser.loader, "/admin/users"],
    ] as const) {
      for (const id of ["99999", "abc"]) {
        expect((await call(fn, getRequest(`${path}/${id}`, cookies.admin), { id })).status).toBe(404);
      }
    }
    const post = await call(editUser.action, formRequest("/admin/users/99999", { intent: "disable" }, cookies.admin), {
      id: "99999",
    });
    expect(post.status).toBe(404);
  });
});
