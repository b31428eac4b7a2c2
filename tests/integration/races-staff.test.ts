// Staff changes that read, decide and write, raced for real: dozens of concurrent attempts on the database
// the suite runs on. On PostgreSQL (READ COMMITTED, one connection per transaction) these interleave; each
// test failed there before the writes became conditional or locked.
import { beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "~/accounts/password.server";
import { setUserDisabled } from "~/accounts/users.server";
import { transitionArticle } from "~/cms/article-workflow.server";
import { prisma } from "~/utils/db.server";
import { editFormOf, productIdOf, saveProduct } from "../support/product-admin";
import { sessionCookie, STAFF } from "../support/staff";

const settle = <T>(runs: (() => Promise<T>)[]) => Promise.allSettled(runs.map((run) => run()));
type Outcome = { count?: number; status?: number };

describe("the last enabled ADMIN", () => {
  it("stays when every admin disables the next one at the same moment (4 rounds of 8)", async () => {
    const passwordHash = await hashPassword("race-admin-password");
    const seeded = await prisma.user.findUniqueOrThrow({ where: { email: STAFF.admin } });
    for (let round = 0; round < 4; round++) {
      // Only this round's ring is enabled: the seeded admin joins the first, earlier rings are all but gone.
      await prisma.user.updateMany({
        where: { role: "ADMIN", id: { not: seeded.id } },
        data: { disabledAt: new Date() },
      });
      const ring = round === 0 ? [seeded.id] : [];
      while (ring.length < 8) {
        const n = `${round}-${ring.length}`;
        const user = await prisma.user.create({
          data: { email: `race-admin-${n}@gjjahwal.example`, name: `관리자${n}`, role: "ADMIN", passwordHash },
        });
        ring.push(user.id);
      }
      if (round > 0) await prisma.user.update({ where: { id: seeded.id }, data: { disabledAt: new Date() } });
      // Each admin disables the next: every single request is allowed on its own (others remain).
      const results = await settle(
        ring.map((actor, i) => () => setUserDisabled(ring[(i + 1) % ring.length]!, true, actor)),
      );
      expect(results.filter((r) => r.status === "rejected")).toEqual([]);
      const enabled = await prisma.user.count({ where: { role: "ADMIN", disabledAt: null } });
      expect(enabled).toBeGreaterThanOrEqual(1);
      const done = results.filter((r) => r.status === "fulfilled" && r.value.ok).length;
      expect(done).toBe(ring.length - enabled);
    }
    await prisma.user.update({ where: { id: seeded.id }, data: { disabledAt: null } });
  });
});

describe("article state changes", () => {
  let editorId: number;
  beforeAll(async () => {
    editorId = (await prisma.user.findUniqueOrThrow({ where: { email: STAFF.editor } })).id;
  });
  /** A complete draft, ready to publish or schedule. */
  const draft = async (slug: string) =>
    prisma.article.create({
      data: {
        slug,
        title: "동시 상태 변경 시험",
        summary: "요약",
        body: "본문",
        bodyText: "본문",
        sectionId: (await prisma.section.findFirstOrThrow()).id,
        status: "DRAFT",
        authorId: editorId,
      },
    });

  it("publish one draft once, however many editors press 발행 at once", async () => {
    const article = await draft("race-draft");
    const now = new Date();
    const results = await settle(
      Array.from(
        { length: 30 },
        () => () =>
          prisma.$transaction((tx) => transitionArticle(tx, article.id, "publish", { userId: editorId, now })),
      ),
    );
    const published = results.filter((r) => r.status === "fulfilled").length;
    expect(published).toBe(1);
    for (const r of results) {
      // Refused as a state conflict (the article moved on), never a database error.
      if (r.status === "rejected")
        expect((r.reason as { reason?: string }).reason).toMatch(/^(WRONG_STATE|MOVED_MEANWHILE)$/);
    }
    expect(await prisma.auditLog.count({ where: { entity: "Article", entityId: String(article.id) } })).toBe(1);
  });

  it("apply 발행 and 예약 of one draft pressed at once only in an order the states allow, never 예약 over a 발행", async () => {
    const now = new Date();
    const at = new Date(now.getTime() + 86_400_000);
    for (let round = 0; round < 10; round++) {
      const article = await draft(`race-either-${round}`);
      const results = await settle([
        () => prisma.$transaction((tx) => transitionArticle(tx, article.id, "publish", { userId: editorId, now })),
        () =>
          prisma.$transaction((tx) =>
            transitionArticle(tx, article.id, "schedule", { userId: editorId, now, publishAt: at }),
          ),
      ]);
      const audits = await prisma.auditLog.findMany({
        where: { entity: "Article", entityId: String(article.id) },
        orderBy: { id: "asc" },
      });
      const after = await prisma.article.findUniqueOrThrow({ where: { id: article.id } });
      const applied = audits.map((a) => a.action);
      // Overlapping, one wins and the other finds the draft moved on. On a busy machine the two may also run one
      // after the other: 예약 then 발행 is a legitimate sequence (a scheduled article published now), 발행 then
      // 예약 is not (a published article can't be scheduled), so it never shows.
      if (results.every((r) => r.status === "fulfilled")) {
        expect(applied).toEqual(["article.schedule", "article.publish"]);
        expect(after.status).toBe("PUBLISHED");
      } else {
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
        expect(applied).toHaveLength(1);
        expect(after.status).toBe(applied[0] === "article.publish" ? "PUBLISHED" : "SCHEDULED");
      }
    }
  });
});

describe("the admin product form's stock", () => {
  it("never overwrites sales made while the form was open", async () => {
    const admin = await sessionCookie(STAFF.admin);
    const id = await productIdOf("naechingu-gim-dosirak");
    for (let round = 0; round < 5; round++) {
      const form = await editFormOf(id, admin);
      const row = form.variants[0] as { id: string; stock: string; stockBefore: string };
      const seen = Number(row.stock);
      const typed = seen + 50;
      const variantId = Number(row.id);
      // 20 sales (the checkout's conditional decrement) race the admin's save of "seen + 50".
      const sales = Array.from(
        { length: 20 },
        () => () =>
          prisma.productVariant.updateMany({
            where: { id: variantId, stock: { gte: 1 } },
            data: { stock: { decrement: 1 } },
          }),
      );
      const save = () =>
        saveProduct(id, { ...form, variants: [{ ...row, stock: String(typed) }, ...form.variants.slice(1)] }, admin);
      const results = await settle<Outcome>([...sales.slice(0, 10), save, ...sales.slice(10)]);
      const sold = results.filter((r) => r.status === "fulfilled" && r.value.count === 1).length;
      const saved = results[10]!;
      expect(saved.status).toBe("fulfilled");
      const applied = saved.status === "fulfilled" && saved.value.status === 302;
      const stock = (await prisma.productVariant.findUniqueOrThrow({ where: { id: variantId } })).stock;
      // The save applies only on the count it saw; every sale is kept either way.
      expect(stock).toBe((applied ? typed : seen) - sold);
    }
  });
});
