// The packing room's paper: how much waits, packing slips (one per parcel) and the day's picking list.
// Everything is read for the session's center only.
import { prisma } from "~/utils/db.server";
import { listPartsToShip } from "./center-orders.server";
import { remainingLines } from "./shipping-csv.server";

/** Counts for the 발송 준비 page: parts to ship, and new orders still waiting for 발주확인. */
export async function shippingQueueCounts(centerId: number) {
  const paid = { centerId, order: { paidAt: { not: null } } };
  const [toShip, toAccept] = await Promise.all([
    prisma.fulfilment.count({ where: { ...paid, status: "ACCEPTED" } }),
    prisma.fulfilment.count({ where: { ...paid, status: "NEW" } }),
  ]);
  return { toShip, toAccept };
}

function packingCenter(centerId: number) {
  return prisma.center.findUniqueOrThrow({
    where: { id: centerId },
    select: { name: true, phone: true, address: true },
  });
}

/** Parts to ship with only what goes on paper: lines left after cancellations, and the sender. */
export async function loadPackingSlips(centerId: number) {
  const [parts, center] = await Promise.all([listPartsToShip({ centerId }), packingCenter(centerId)]);
  const slips = parts.map((part) => ({
    id: part.id,
    order: part.order,
    lines: remainingLines(part.items).map(({ id, name, qty }) => ({ id, name, qty })),
  }));
  return { slips, center };
}
export type PackingSlip = Awaited<ReturnType<typeof loadPackingSlips>>["slips"][number];

/** Totals per product option across every part to ship, plus the slips for the per-order checklist. */
export async function loadPickingList(centerId: number) {
  const { slips, center } = await loadPackingSlips(centerId);
  const totals = new Map<string, number>();
  for (const slip of slips) {
    for (const line of slip.lines) totals.set(line.name, (totals.get(line.name) ?? 0) + line.qty);
  }
  const products = [...totals]
    .map(([name, qty]) => ({ name, qty }))
    .sort((a, b) => a.name.localeCompare(b.name, "ko", { numeric: true }));
  const units = products.reduce((sum, p) => sum + p.qty, 0);
  return { products, units, slips, center };
}
