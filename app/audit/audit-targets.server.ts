// What an audit entry is about, in words: "주문 SD-20231201-7KQ3XM" rather than "Order #12", with the admin
// page of it where there is one. One query per kind of thing on the page, never one per entry.
import { prisma } from "~/utils/db.server";
import { entityLabel } from "./audit-labels";

export type AuditTarget = { label: string; href: string | null };

type Named = { id: number; name: string; href: string | null };
type Lookup = (ids: number[]) => Promise<Named[]>;

const LOOKUPS: Record<string, Lookup> = {
  Order: async (ids) =>
    (await prisma.order.findMany({ where: { id: { in: ids } }, select: { id: true, number: true } })).map((o) => ({
      id: o.id,
      name: o.number,
      href: `/admin/orders/${o.number}`,
    })),
  Product: async (ids) =>
    (await prisma.product.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((p) => ({
      ...p,
      href: `/admin/products/${p.id}`,
    })),
  ProductVariant: async (ids) =>
    (
      await prisma.productVariant.findMany({
        where: { id: { in: ids } },
        select: { id: true, name: true, product: { select: { id: true, name: true } } },
      })
    ).map((v) => ({ id: v.id, name: `${v.product.name} ${v.name}`, href: `/admin/products/${v.product.id}` })),
  Center: async (ids) =>
    (await prisma.center.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((c) => ({
      ...c,
      href: `/admin/centers/${c.id}`,
    })),
  User: async (ids) =>
    (await prisma.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((u) => ({
      ...u,
      href: `/admin/users/${u.id}`,
    })),
  Article: async (ids) =>
    (await prisma.article.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } })).map((a) => ({
      id: a.id,
      name: a.title,
      href: `/admin/articles/${a.id}`,
    })),
  Issue: async (ids) =>
    (await prisma.issue.findMany({ where: { id: { in: ids } }, select: { id: true, key: true, title: true } })).map(
      (i) => ({ id: i.id, name: i.title, href: `/admin/issues/${i.key}` }),
    ),
};

export async function describeAuditTargets(entries: { entity: string; entityId: string }[]): Promise<AuditTarget[]> {
  const idsByEntity = new Map<string, Set<number>>();
  for (const { entity, entityId } of entries) {
    if (!LOOKUPS[entity] || !/^\d{1,9}$/.test(entityId)) continue;
    const ids = idsByEntity.get(entity) ?? new Set<number>();
    ids.add(Number(entityId));
    idsByEntity.set(entity, ids);
  }
  const found = new Map<string, Named>();
  await Promise.all(
    [...idsByEntity].map(async ([entity, ids]) => {
      for (const row of await LOOKUPS[entity]!([...ids])) found.set(`${entity}:${row.id}`, row);
    }),
  );
  return entries.map(({ entity, entityId }) => {
    const row = found.get(`${entity}:${entityId}`);
    // Deleted or not looked up: the kind and its number still say what it was.
    return row
      ? { label: `${entityLabel(entity)} ${row.name}`, href: row.href }
      : { label: `${entityLabel(entity)} ${entityId}번`, href: null };
  });
}
