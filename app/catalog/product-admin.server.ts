// Products and their pack options as the regional center's admin manages them (/admin/products).
import { recordAudit } from "~/audit/audit.server";
import { prisma } from "~/utils/db.server";
import { amountInputValue } from "~/utils/form-inputs";
import { CommandRefused, type CommandResult } from "~/utils/command-result";
import { describeNewVariant, describeOption, describeProductChanges, describeVariantChanges } from "./product-changes";
import { FOOD_DISCLOSURE } from "./food-disclosure";
import type { ProductInput, VariantInput } from "./product-form";
import { isUniqueViolation } from "~/utils/db-errors.server";

/** Why a product save was refused (`product-messages.ts` words each); STALE_STOCK names the option. */
export type ProductRefusalReason = "SLUG_TAKEN" | "FOREIGN_OPTION" | "STALE_STOCK";
type SaveResult = CommandResult<{ id: number }, ProductRefusalReason, { option?: string }>;

export function listAdminProducts() {
  return prisma.product.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      line: true,
      visible: true,
      center: { select: { shortName: true, name: true } },
      variants: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, name: true, price: true, stock: true, active: true },
      },
      _count: { select: { images: true } },
    },
  });
}
export type AdminProductRow = Awaited<ReturnType<typeof listAdminProducts>>[number];

export async function getAdminProduct(id: number) {
  return prisma.product.findUnique({
    where: { id },
    include: {
      center: { select: { name: true } },
      variants: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        include: { _count: { select: { orderItems: true } } },
      },
      images: {
        orderBy: [{ position: "asc" }, { imageId: "asc" }],
        include: {
          image: { select: { id: true, storageKey: true, width: true, height: true, variants: true, alt: true } },
        },
      },
    },
  });
}
export type AdminProduct = NonNullable<Awaited<ReturnType<typeof getAdminProduct>>>;

/** The saved product as the form's default value (strings, as inputs hold them; prices as "3,000"). */
export function productFormDefaults(product: AdminProduct) {
  return {
    name: product.name,
    slug: product.slug,
    line: product.line,
    summary: product.summary,
    description: product.description,
    centerId: String(product.centerId),
    visible: product.visible ? "on" : undefined,
    ...Object.fromEntries(FOOD_DISCLOSURE.map((f) => [f.name, product[f.name]])),
    variants: product.variants.map((v) => ({
      id: String(v.id),
      name: v.name,
      units: String(v.units),
      price: amountInputValue(v.price),
      stock: String(v.stock),
      stockBefore: String(v.stock),
      active: v.active ? "on" : undefined,
      position: String(v.position),
    })),
  };
}

function productData(input: ProductInput) {
  const { variants: _variants, ...fields } = input;
  return fields;
}

function variantData(v: VariantInput) {
  return { name: v.name, units: v.units, price: v.price, stock: v.stock, active: v.active, position: v.position };
}

async function slugTaken(slug: string, exceptId?: number) {
  const other = await prisma.product.findUnique({ where: { slug }, select: { id: true } });
  return other !== null && other.id !== exceptId;
}

/** An edited stock figure whose option sold (or was restocked) after the form was loaded. */
class StaleStock extends CommandRefused<"STALE_STOCK"> {
  constructor(readonly option: string) {
    super("STALE_STOCK");
  }
}

export async function createProduct(input: ProductInput, userId: number): Promise<SaveResult> {
  if (await slugTaken(input.slug)) return { ok: false, reason: "SLUG_TAKEN" };
  try {
    const product = await prisma.$transaction(async (tx) => {
      const brand = await tx.brand.findFirst({ select: { id: true } });
      const created = await tx.product.create({
        data: {
          ...productData(input),
          brandId: brand?.id ?? null,
          variants: { create: input.variants.map(variantData) },
        },
        include: { center: { select: { name: true } } },
      });
      const options = input.variants.map(describeOption).join(", ");
      await recordAudit(
        {
          userId,
          action: "product.create",
          entity: "Product",
          entityId: created.id,
          detail: `${created.name} (${created.center.name}, ${created.visible ? "공개" : "숨김"}) — 옵션 ${options}`,
        },
        tx,
      );
      return created;
    });
    return { ok: true, data: { id: product.id } };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "SLUG_TAKEN" };
    throw error;
  }
}

/**
 * Saves the product and its options in one transaction. Orders keep their own snapshot of name and
 * price (OrderItem), and carts remember the price they were filled at (CartItem.unitPrice), so a
 * price change here never alters an order and is shown to customers before they pay. Options are
 * never deleted — orders refer to them — only switched off.
 */
export async function updateProduct(id: number, input: ProductInput, userId: number): Promise<SaveResult> {
  const before = await prisma.product.findUnique({
    where: { id },
    include: { center: { select: { name: true } }, variants: true },
  });
  if (!before) throw new Response("Not Found", { status: 404 });
  const existing = new Map(before.variants.map((v) => [v.id, v]));
  if (input.variants.some((v) => v.id !== undefined && !existing.has(v.id))) {
    return { ok: false, reason: "FOREIGN_OPTION" };
  }
  if (await slugTaken(input.slug, id)) return { ok: false, reason: "SLUG_TAKEN" };

  try {
    await prisma.$transaction(async (tx) => {
      const after = await tx.product.update({
        where: { id },
        data: productData(input),
        include: { center: { select: { name: true } } },
      });
      const changes = describeProductChanges(
        { ...before, centerName: before.center.name },
        { ...after, centerName: after.center.name },
      );
      const submitted = new Set<number>();
      for (const row of input.variants) {
        if (row.id === undefined) {
          await tx.productVariant.create({ data: { ...variantData(row), productId: id } });
          changes.push(describeNewVariant(row));
          continue;
        }
        submitted.add(row.id);
        const old = existing.get(row.id)!;
        // Stock moves with every order; only an edited stock figure overwrites it, so saving a price
        // change never undoes a reservation made while the form was open. An edited figure is set only on
        // the count the form showed (as the center's stock page does): a sale in between refuses the save.
        const stockEdited = row.stockBefore === undefined || row.stock !== row.stockBefore;
        const data = { ...variantData(row), stock: stockEdited ? row.stock : undefined };
        if (stockEdited && row.stockBefore !== undefined) {
          const set = await tx.productVariant.updateMany({ where: { id: row.id, stock: row.stockBefore }, data });
          if (set.count !== 1) throw new StaleStock(row.name);
        }
        const saved = await tx.productVariant.update({ where: { id: row.id }, data });
        const change = describeVariantChanges(old, saved);
        if (change) changes.push(change);
      }
      for (const old of before.variants) {
        if (submitted.has(old.id) || !old.active) continue;
        await tx.productVariant.update({ where: { id: old.id }, data: { active: false } });
        changes.push(`옵션 ${old.name}: 판매 중지`);
      }
      if (changes.length === 0) return;
      await recordAudit(
        {
          userId,
          action: "product.update",
          entity: "Product",
          entityId: id,
          detail: `${after.name}: ${changes.join("; ")}`,
        },
        tx,
      );
    });
    return { ok: true, data: { id } };
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "SLUG_TAKEN" };
    if (error instanceof StaleStock) return { ok: false, reason: "STALE_STOCK", option: error.option };
    throw error;
  }
}
