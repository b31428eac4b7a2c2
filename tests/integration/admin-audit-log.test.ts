// The audit log view (/admin/audit): newest first, filtered by what was acted on and by whom, 30 a page.
import { beforeAll, describe, expect, it } from "vitest";
import { ACTION_LABEL, actionLabel, ENTITY_LABEL, entityLabel } from "~/audit/audit-labels";
import { recordAudit } from "~/audit/audit.server";
import * as auditPage from "~/routes/admin.audit._index";
import { prisma } from "~/utils/db.server";
import { paidOrder } from "../support/orders";
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

describe("the audit log in Korean words", () => {
  it("names every action and entity in Korean, without codes", async () => {
    for (const label of [...Object.values(ACTION_LABEL), ...Object.values(ENTITY_LABEL)]) {
      expect(label, label).toMatch(/[가-힣]/);
      expect(label, label).not.toMatch(/[A-Za-z_.]/);
    }
    // A row written under an older name still reads as words.
    expect(actionLabel("article.retired-action")).toBe("기타 작업");
    expect(entityLabel("Gone")).toBe("기타");
  });

  it("shows what each entry is about by its name and links to it", async () => {
    const { order } = await paidOrder(prisma);
    const product = await prisma.product.findFirstOrThrow({ select: { id: true, name: true } });
    await recordAudit({ userId: adminId, action: "order.refund", entity: "Order", entityId: order.id, detail: "환불" });
    await recordAudit({ userId: adminId, action: "product.update", entity: "Product", entityId: product.id });
    await recordAudit({ userId: adminId, action: "user.update", entity: "User", entityId: 999_999, detail: "삭제됨" });
    const { data } = await call(auditPage.loader, getRequest("/admin/audit", admin));
    type Entry = { action: string; entityId: string; target: { label: string; href: string | null } };
    const entries = data.entries as Entry[];
    const about = (action: string, id: number) => entries.find((e) => e.action === action && e.entityId === String(id));
    expect(about("product.update", product.id)?.target).toEqual({
      label: `상품 ${product.name}`,
      href: `/admin/products/${product.id}`,
    });
    expect(about("user.update", 999_999)?.target).toEqual({ label: "사용자 999999번", href: null });
    expect(about("order.refund", order.id)?.target).toEqual({
      label: `주문 ${order.number}`,
      href: `/admin/orders/${order.number}`,
    });
  });
});
