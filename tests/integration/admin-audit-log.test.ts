// The audit log view (/admin/audit): newest first, filtered by what was acted on and by whom, 30 a page.
import { beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "~/audit/audit.server";
import * as auditPage from "~/routes/admin.audit._index";
import { prisma } from "~/utils/db.server";
import { call } from "../support/route-calls";
import { getRequest, sessionCookie, STAFF } from "../support/staff";

let admin: string;
let adminId: number;
beforeAll(async () => {
  admin = await sessionCookie(STAFF.admin);
  adminId = (await prisma.user.findUniqueOrThrow({ where: { email: STAFF.admin } })).id;
});

describe("the audit log view", () => {
  const page = (query = "") => call(auditPage.loader, getRequest(`/admin/audit${query}`, admin));

  it("lists entries newest first, filtered by entity and by user", async () => {
    const editorId = (await prisma.user.findUniqueOrThrow({ where: { email: STAFF.editor } })).id;
    await recordAudit({ userId: adminId, action: "center.update", entity: "Center", entityId: 1, detail: "배송비" });
    await recordAudit({ userId: adminId, action: "user.disable", entity: "User", entityId: 3, detail: "사용 중지" });
    await recordAudit({ userId: editorId, action: "article.publish", entity: "Article", entityId: 1, detail: "발행" });
    const all = await page();
    expect(all.status).toBe(200);
    expect(all.data.entries.map((e: { action: string }) => e.action)).toEqual([
      "article.publish",
      "user.disable",
      "center.update",
    ]);
    const times = all.data.entries.map((e: { createdAt: Date }) => e.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(all.data.choices.entities).toEqual(expect.arrayContaining(["Center", "User"]));

    const users = await page("?entity=User");
    expect(users.data.entries.length).toBeGreaterThan(0);
    expect(users.data.entries.every((e: { entity: string }) => e.entity === "User")).toBe(true);
    expect(users.data.selected).toEqual({ entity: "User", user: "" });

    const byEditor = await page(`?user=${editorId}`);
    expect(byEditor.data.entries.map((e: { action: string }) => e.action)).toEqual(["article.publish"]);
    // An unknown entity filter is ignored rather than an error.
    expect((await page("?entity=Nope")).data.selected.entity).toBe("");
  });

  it("pages 30 at a time; past the end is 404", async () => {
    for (let i = 0; i < 40; i++) {
      await recordAudit({
        userId: adminId,
        action: "center.update",
        entity: "Center",
        entityId: 1,
        detail: `테스트 ${i}`,
      });
    }
    const first = await page("?entity=Center");
    expect(first.data.entries).toHaveLength(30);
    expect(first.data.entries[0].detail).toBe("테스트 39");
    const second = await page(`?entity=Center&page=2`);
    expect(second.data.page).toBe(2);
    expect(second.data.entries.length).toBe(first.data.total - 30);
    expect((await page(`?entity=Center&page=${first.data.pageCount + 1}`)).status).toBe(404);
  });
});
