// The regional center's 정산 across producing centers for one KST month: each center's figures are exactly
// its own 정산 page's (the same getSettlement), with the month's 지급 record beside them, and the total.
import { prisma } from "~/utils/db.server";
import { toCsv } from "~/utils/csv.server";
import { monthKey, type Month } from "./settlement-month";
import { getSettlement, type SettlementSummary } from "./settlement.server";
import { listPayouts, PAYOUT_STATUS_LABEL, type Payout } from "./payouts.server";

export type OverviewRow = {
  center: { id: number; name: string; shortName: string };
  summary: SettlementSummary;
  payout: Payout | null;
  /** Confirmed at an amount the month no longer adds up to (a refund came in after 정산 확정). */
  changedSinceConfirmed: boolean;
};

export async function getSettlementOverview(month: Month) {
  const centers = await prisma.center.findMany({
    // Producing centers, and any other center that sold something (so no sale is ever left out).
    where: { OR: [{ kind: "LOCAL" }, { fulfilments: { some: {} } }] },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, name: true, shortName: true },
  });
  const [settlements, payouts] = await Promise.all([
    Promise.all(centers.map((center) => getSettlement(center.id, month))),
    listPayouts(month),
  ]);
  const rows: OverviewRow[] = centers.map((center, i) => {
    const { summary } = settlements[i]!;
    const payout = payouts.find((p) => p.centerId === center.id) ?? null;
    return { center, summary, payout, changedSinceConfirmed: payout !== null && payout.amount !== summary.net };
  });
  const total: SettlementSummary = {
    orders: 0,
    itemsSold: 0,
    itemsCancelled: 0,
    gross: 0,
    shipping: 0,
    refunds: 0,
    net: 0,
  };
  for (const { summary } of rows) {
    for (const key of Object.keys(total) as (keyof SettlementSummary)[]) total[key] += summary[key];
  }
  return { month, rows, total };
}
export type SettlementOverview = Awaited<ReturnType<typeof getSettlementOverview>>;

export const OVERVIEW_CSV_HEADER = [
  "센터",
  "주문 수",
  "판매 수량",
  "상품 결제액",
  "배송비",
  "환불",
  "정산 금액",
  "정산 상태",
  "확정 금액",
  "지급일",
  "메모",
] as const;

/** One line per center and a 합계 line; the 정산 금액 column sums to the total in Excel. */
export function overviewCsv({ rows, total }: SettlementOverview): string {
  const figures = (s: SettlementSummary) => [s.orders, s.itemsSold, s.gross, s.shipping, s.refunds, s.net].map(String);
  return toCsv([
    [...OVERVIEW_CSV_HEADER],
    ...rows.map(({ center, summary, payout }) => [
      center.name,
      ...figures(summary),
      payout ? PAYOUT_STATUS_LABEL[payout.status] : "미확정",
      payout ? String(payout.amount) : "",
      payout?.paidOn ?? "",
      payout?.memo ?? "",
    ]),
    ["합계", ...figures(total), "", "", "", ""],
  ]);
}

export function overviewCsvFilename(month: Month): string {
  return `정산-전체-${monthKey(month)}.csv`;
}
