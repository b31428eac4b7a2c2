// The money invariant every test file's database must satisfy when the file is done (checked by
// per-file-database.ts after each file): for every order with a payment, what it was paid minus what was
// refunded equals what the centers' 정산 pages count for it over all months, and a paid payment sits on an
// order that was paid (결제완료 or later) unless it is in the 확인 필요 queue.
import type { PrismaClient } from "~/generated/prisma/client";

const PAID_STATES = new Set(["PAID", "PARTIALLY_REFUNDED", "REFUNDED", "CANCELLED"]);

/** What the centers' 정산 pages count for each order number, over every month that holds its money (KST). */
export async function settledByOrder(db: PrismaClient): Promise<Map<string, number>> {
  const { getSettlement } = await import("~/fulfilment/settlement.server");
  const { kstParts } = await import("~/utils/format");
  const [paid, refunds, centers] = await Promise.all([
    db.order.findMany({ where: { paidAt: { not: null } }, select: { paidAt: true } }),
    db.refund.findMany({ where: { status: "SUCCEEDED" }, select: { createdAt: true } }),
    db.center.findMany({ select: { id: true } }),
  ]);
  const months = new Map<string, { year: number; month: number }>();
  for (const at of [...paid.map((o) => o.paidAt!), ...refunds.map((r) => r.createdAt)]) {
    const { year, month } = kstParts(at);
    months.set(`${year}-${month}`, { year, month });
  }
  const counted = new Map<string, number>();
  const add = (number: string, won: number) => counted.set(number, (counted.get(number) ?? 0) + won);
  for (const month of months.values()) {
    for (const center of centers) {
      const s = await getSettlement(center.id, month);
      for (const o of s.orders) add(o.number, o.items.reduce((sum, i) => sum + i.amount, 0) + o.shipping);
      for (const r of s.refunds) add(r.number, -r.amount);
    }
  }
  return counted;
}

export async function moneyInvariantViolations(db: PrismaClient): Promise<string[]> {
  const { orderPaymentWhere } = await import("~/orders/payment-review-records.server");
  const [orders, ownPayments] = await Promise.all([
    db.order.findMany({
      where: { payments: { some: {} } },
      select: { id: true, number: true, status: true, paidAt: true },
    }),
    db.payment.findMany({
      where: orderPaymentWhere,
      select: { orderId: true, amount: true, refunds: { where: { status: "SUCCEEDED" }, select: { amount: true } } },
    }),
  ]);
  if (orders.length === 0) return [];
  const counted = await settledByOrder(db);

  const net = new Map<number, number>();
  for (const p of ownPayments) {
    const refunded = p.refunds.reduce((sum, r) => sum + r.amount, 0);
    net.set(p.orderId, (net.get(p.orderId) ?? 0) + p.amount - refunded);
  }

  const problems: string[] = [];
  for (const order of orders) {
    const paid = net.get(order.id);
    if (paid === undefined) {
      // No payment of its own was taken: nothing may be counted, and the order must not look paid.
      if ((counted.get(order.number) ?? 0) !== 0) problems.push(`${order.number}: 정산 counts an unpaid order`);
      continue;
    }
    if (!PAID_STATES.has(order.status) || !order.paidAt) {
      problems.push(`${order.number}: a paid payment on an order in ${order.status} outside 확인 필요`);
    }
    const inSettlement = counted.get(order.number) ?? 0;
    if (inSettlement !== paid) problems.push(`${order.number}: 결제 − 환불 ${paid}원, 정산 ${inSettlement}원`);
  }
  return problems;
}
