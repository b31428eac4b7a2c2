// A producing center's monthly 정산, on a cash basis so it always adds up to what the payment provider
// moved: what customers paid in the month (items + shipping, counted when the order was paid) minus
// the refunds that succeeded in the month. A cancellation is a refund of the whole part (items and
// shipping, see payments/refunds.server.ts), so cancelled goods and their shipping leave through
// `refunds` — subtracting them from gross or shipping as well would count them twice.
import { prisma } from "~/utils/db.server";
import { kstParts } from "~/utils/format";
import { toCsv } from "~/utils/csv.server";
import { monthKey, monthRange, type Month } from "./settlement-month";

export type SettlementSummary = {
  orders: number;
  /** Units that stay sold: quantity minus cancelled quantity. */
  itemsSold: number;
  itemsCancelled: number;
  /** Won paid for the items (unit price × quantity at payment). */
  gross: number;
  /** Won paid for shipping (fee + 제주/도서산간 surcharge) of the month's parcels. */
  shipping: number;
  /** Won refunded in the month (status SUCCEEDED), whatever month the order was paid in. */
  refunds: number;
  net: number;
};

export type SettlementProduct = {
  productName: string;
  variantName: string;
  sold: number;
  cancelled: number;
  amount: number;
};

export async function getSettlement(centerId: number, month: Month) {
  const { start, end } = monthRange(month);
  const [center, parts, refundRows] = await Promise.all([
    prisma.center.findUniqueOrThrow({ where: { id: centerId }, select: { name: true, shortName: true } }),
    prisma.fulfilment.findMany({
      where: { centerId, order: { paidAt: { gte: start, lt: end } } },
      orderBy: [{ order: { paidAt: "asc" } }, { id: "asc" }],
      select: {
        status: true,
        shippingFee: true,
        surcharge: true,
        order: { select: { number: true, paidAt: true } },
        items: {
          orderBy: { id: "asc" },
          select: { productName: true, variantName: true, unitPrice: true, quantity: true, cancelledQty: true },
        },
      },
    }),
    prisma.refund.findMany({
      where: { status: "SUCCEEDED", createdAt: { gte: start, lt: end }, fulfilment: { centerId } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        amount: true,
        reason: true,
        createdAt: true,
        fulfilment: { select: { order: { select: { number: true } } } },
      },
    }),
  ]);

  const orders = parts.map((part) => ({
    number: part.order.number,
    paidAt: part.order.paidAt!,
    status: part.status,
    shipping: part.shippingFee + part.surcharge,
    items: part.items.map((item) => ({
      ...item,
      sold: item.quantity - item.cancelledQty,
      amount: item.unitPrice * item.quantity,
    })),
  }));
  const refunds = refundRows.map((r) => ({
    number: r.fulfilment?.order.number ?? "",
    createdAt: r.createdAt,
    amount: r.amount,
    reason: r.reason,
  }));

  const items = orders.flatMap((o) => o.items);
  const byProduct = new Map<string, SettlementProduct>();
  for (const { productName, variantName, sold, cancelledQty, amount } of items) {
    const key = JSON.stringify([productName, variantName]);
    const row = byProduct.get(key) ?? { productName, variantName, sold: 0, cancelled: 0, amount: 0 };
    row.sold += sold;
    row.cancelled += cancelledQty;
    row.amount += amount;
    byProduct.set(key, row);
  }
  const products = [...byProduct.values()].sort(
    (a, b) =>
      b.amount - a.amount ||
      a.productName.localeCompare(b.productName, "ko") ||
      a.variantName.localeCompare(b.variantName, "ko"),
  );

  const gross = sum(items.map((i) => i.amount));
  const shipping = sum(orders.map((o) => o.shipping));
  const refunded = sum(refunds.map((r) => r.amount));
  const summary: SettlementSummary = {
    orders: orders.length,
    itemsSold: sum(items.map((i) => i.sold)),
    itemsCancelled: sum(items.map((i) => i.cancelledQty)),
    gross,
    shipping,
    refunds: refunded,
    net: gross + shipping - refunded,
  };
  return { center, month, summary, products, orders, refunds };
}
export type Settlement = Awaited<ReturnType<typeof getSettlement>>;

function sum(values: number[]): number {
  return values.reduce((total, v) => total + v, 0);
}

/** "2023-12-01 00:30" in KST: sortable, and Excel reads it as a date-time. */
function csvDateTime(input: Date): string {
  const p = kstParts(input);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
}

export const SETTLEMENT_CSV_HEADER = [
  "구분",
  "일시",
  "주문번호",
  "상품",
  "옵션",
  "단가",
  "주문 수량",
  "취소 수량",
  "판매 수량",
  "상품 금액",
  "배송비",
  "환불",
  "정산 금액",
  "비고",
] as const;

/**
 * One line per item sold, per parcel's shipping fee and per refund, so the 정산 금액 column sums to
 * the month's net in Excel. No customer names or phone numbers: the 정산 doesn't need them.
 */
export function settlementCsv({ orders, refunds, summary }: Settlement): string {
  const rows: (string | number)[][] = [[...SETTLEMENT_CSV_HEADER]];
  const line = (cells: Partial<Record<(typeof SETTLEMENT_CSV_HEADER)[number], string | number>>) =>
    rows.push(SETTLEMENT_CSV_HEADER.map((h) => cells[h] ?? ""));
  for (const order of orders) {
    const when = csvDateTime(order.paidAt);
    const note = order.status === "CANCELLED" ? "취소됨" : "";
    for (const item of order.items) {
      line({
        구분: "판매",
        일시: when,
        주문번호: order.number,
        상품: item.productName,
        옵션: item.variantName,
        단가: item.unitPrice,
        "주문 수량": item.quantity,
        "취소 수량": item.cancelledQty,
        "판매 수량": item.sold,
        "상품 금액": item.amount,
        "정산 금액": item.amount,
        비고: note,
      });
    }
    if (order.shipping > 0) {
      line({
        구분: "배송비",
        일시: when,
        주문번호: order.number,
        배송비: order.shipping,
        "정산 금액": order.shipping,
        비고: note,
      });
    }
  }
  for (const refund of refunds) {
    line({
      구분: "환불",
      일시: csvDateTime(refund.createdAt),
      주문번호: refund.number,
      환불: refund.amount,
      "정산 금액": -refund.amount,
      비고: refund.reason,
    });
  }
  line({
    구분: "합계",
    "판매 수량": summary.itemsSold,
    "취소 수량": summary.itemsCancelled,
    "상품 금액": summary.gross,
    배송비: summary.shipping,
    환불: summary.refunds,
    "정산 금액": summary.net,
  });
  return toCsv(rows);
}

export function settlementCsvFilename(settlement: Settlement): string {
  return `정산-${settlement.center.shortName}-${monthKey(settlement.month)}.csv`;
}
