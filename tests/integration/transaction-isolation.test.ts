import { describe, expect, it } from "vitest";
import { prisma } from "~/utils/db.server";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

class Abandon extends Error {}

// A request's interactive transaction stays open across awaits; other requests' queries must neither see its
// uncommitted rows nor be undone by its rollback. (On SQLite the driver has one connection per process, so
// this is about how the adapter shares it; PostgreSQL gives each transaction its own connection.)
describe("queries outside a transaction while another request's transaction is open", () => {
  it("never read its uncommitted writes, and their own writes survive its rollback", async () => {
    const variant = await prisma.productVariant.findFirstOrThrow({ select: { id: true, stock: true } });
    const center = await prisma.center.findFirstOrThrow({ select: { id: true, phone: true } });
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));

    const abandoned = prisma
      .$transaction(async (tx) => {
        await tx.productVariant.update({ where: { id: variant.id }, data: { stock: 987_654 } });
        open();
        await sleep(300); // e.g. waiting on another service mid-transaction
        throw new Abandon();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Abandon)) throw error;
      });

    await opened;
    // Another request, meanwhile: a read and a standalone write.
    const [seen] = await Promise.all([
      prisma.productVariant.findUniqueOrThrow({ where: { id: variant.id }, select: { stock: true } }),
      prisma.center.update({ where: { id: center.id }, data: { phone: "062-000-0000" } }),
    ]);
    await abandoned;

    expect(seen.stock).toBe(variant.stock);
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: variant.id } })).stock).toBe(variant.stock);
    expect((await prisma.center.findUniqueOrThrow({ where: { id: center.id } })).phone).toBe("062-000-0000");
  });

  it("keep running while transactions come and go (no request waits forever)", async () => {
    const variant = await prisma.productVariant.findFirstOrThrow({ select: { id: true } });
    // Half interactive transactions (fewer than PostgreSQL's pool of 10 connections), half plain reads.
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        i % 2
          ? prisma.$transaction(async (tx) => {
              const row = await tx.productVariant.findUniqueOrThrow({ where: { id: variant.id } });
              await sleep(5);
              return tx.productVariant.findUniqueOrThrow({ where: { id: row.id } });
            })
          : prisma.productVariant.findUniqueOrThrow({ where: { id: variant.id } }),
      ),
    );
    expect(results).toHaveLength(16);
  });
});
