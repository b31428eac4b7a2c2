import { recordAudit } from "~/audit/audit.server";
import { formatItemName } from "~/utils/format";
import { prisma } from "~/utils/db.server";

/** A center's own products with every option (sold or not), in shop order. */
export function listCenterStock(centerId: number) {
  return prisma.product.findMany({
    where: { centerId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      visible: true,
      art: true,
      variants: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, name: true, price: true, stock: true, active: true },
      },
    },
  });
}
export type CenterStockProduct = Awaited<ReturnType<typeof listCenterStock>>[number];

export type SetStockResult =
  | { ok: true; itemName: string; previous: number; stock: number; changed: boolean }
  | { ok: false; reason: "NOT_FOUND" }
  | { ok: false; reason: "STALE"; itemName: string; currentStock: number };

/**
 * Sets an option's stock to the count the staff member typed, only if it still holds the count they
 * saw (`expectedStock`). Staff count shelves, so "set to N" is what they mean, and it is idempotent
 * (a double tap sets 55 twice, where "+15" would add 30). Checkouts decrement stock at any moment,
 * though: if one did since the page loaded, nothing is written and the current count comes back, so
 * a sale is never silently undone. Only options of `centerId`'s own products are found.
 */
export async function setVariantStock(input: {
  centerId: number;
  variantId: number;
  expectedStock: number;
  stock: number;
  userId: number;
}): Promise<SetStockResult> {
  const { centerId, variantId, expectedStock, stock, userId } = input;
  const owned = { id: variantId, product: { centerId } };
  return prisma.$transaction(async (tx) => {
    // The compare-and-set is the first statement, so it takes SQLite's write lock before anything is read.
    const updated =
      stock === expectedStock
        ? { count: 0 }
        : await tx.productVariant.updateMany({ where: { ...owned, stock: expectedStock }, data: { stock } });
    const variant = await tx.productVariant.findFirst({
      where: owned,
      select: { stock: true, name: true, product: { select: { name: true } } },
    });
    if (!variant) return { ok: false, reason: "NOT_FOUND" } as const;
    const itemName = formatItemName(variant.product.name, variant.name);
    if (updated.count === 1) {
      await recordAudit(
        {
          userId,
          action: "stock.set",
          entity: "ProductVariant",
          entityId: variantId,
          detail: `${itemName} 재고 ${expectedStock} → ${stock}`,
        },
        tx,
      );
      return { ok: true, itemName, previous: expectedStock, stock, changed: true } as const;
    }
    // Nothing to write: already at the typed count (unchanged, or a sale brought it there meanwhile).
    if (variant.stock === stock) return { ok: true, itemName, previous: stock, stock, changed: false } as const;
    return { ok: false, reason: "STALE", itemName, currentStock: variant.stock } as const;
  });
}
