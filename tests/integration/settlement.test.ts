// The monthly 정산 of each producing center: KST month boundaries, exact figures per center, the
// other center's sales never included, and a CSV that opens in Excel with its Korean intact.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { placeOrder } from "~/orders/orders.server";
import { getSettlement, SETTLEMENT_CSV_HEADER } from "~/fulfilment/settlement.server";
import { monthFromRequest, monthRange } from "~/fulfilment/settlement-month";
import { loader as csvLoader } from "~/routes/center.settlement[.]csv";
import { loader as pageLoader } from "~/routes/center.settlement";
import { prisma } from "~/utils/db.server";
import type { RefundStatus } from "~/generated/prisma/enums";
import { CUSTOMER, ensureSecondCenterProduct, makeCart, variantId } from "../support/shop";
import { getRequest, sessionCookie, STAFF, thrownResponse } from "../support/staff";

const DECEMBER = { year: 2023, month: 12 };
const args = (request: Request) => ({ request, params: {}, context: {} }) as LoaderFunctionArgs;

type Line = { variantId: number; quantity: number };
let refundCounter = 0;

/** An order placed from a real cart, then paid at `paidAt` (UTC) as the webhook would leave it. */
async function paidOrder(lines: Line[], paidAt: string, customer = CUSTOMER) {
  const order = await placeOrder(await makeCart(prisma, lines), customer);
  await prisma.order.update({ where: { id: order.id }, data: { status: "PAID", paidAt: new Date(paidAt) } });
  const payment = await prisma.payment.create({
    data: {
      orderId: order.id,
      provider: "test",
      checkoutSession: `cs_settle_${order.id}`,
      paymentIntent: `pi_settle_${order.id}`,
      amount: order.total,
      status: "PAID",
    },
  });
  const parts = await prisma.fulfilment.findMany({ where: { orderId: order.id }, include: { center: true } });
  const part = (slug: string) => parts.find((p) => p.center.slug === slug)!;
  return { order, payment, seogu: () => part("seogu"), gwangsan: () => part("gwangsan") };
}

async function refund(
  paid: Awaited<ReturnType<typeof paidOrder>>,
  fulfilmentId: number,
  amount: number,
  createdAt: string,
  status: RefundStatus = "SUCCEEDED",
  reason = "",
) {
  await prisma.refund.create({
    data: {
      paymentId: paid.payment.id,
      fulfilmentId,
      amount,
      reason,
      status,
      idempotencyKey: `settle-${++refundCounter}`,
      createdAt: new Date(createdAt),
    },
  });
}

let orders: Record<"A" | "B" | "C" | "D" | "E" | "F" | "G", { number: string; total: number }>;

beforeAll(async () => {
  const jaban1 = await variantId(prisma, "naechingu-gim-jaban", "1봉");
  const jaban2 = await variantId(prisma, "naechingu-gim-jaban", "2봉");
  const jeonjang3 = await variantId(prisma, "naechingu-gim-jeonjang", "3봉");
  const giftSet = await variantId(prisma, "naechingu-gim-gift-set", "선물세트");
  const dosirak = await variantId(prisma, "naechingu-gim-dosirak", "16봉");
  const cookie = await ensureSecondCenterProduct(prisma);

  // 2023-11-30T15:30Z is 12월 1일 00:30 KST: December. Both centers' parts.
  const A = await paidOrder(
    [
      { variantId: jaban1, quantity: 2 },
      { variantId: cookie, quantity: 1 },
    ],
    "2023-11-30T15:30:00Z",
  );
  // One second before KST midnight: November (40,000원 ships free).
  const B = await paidOrder([{ variantId: giftSet, quantity: 2 }], "2023-11-30T14:59:59Z");
  // The last minute of December in KST.
  const C = await paidOrder([{ variantId: jeonjang3, quantity: 1 }], "2023-12-31T14:59:00Z");
  // KST midnight of 1 January 2024: January.
  const D = await paidOrder([{ variantId: dosirak, quantity: 1 }], "2023-12-31T15:00:00Z");
  // Never paid: never counted.
  const E = await placeOrder(await makeCart(prisma, [{ variantId: jaban1, quantity: 5 }]), CUSTOMER);
  // 제주: the parcel's 3,000원 surcharge is shipping collected.
  const F = await paidOrder([{ variantId: jaban1, quantity: 1 }], "2023-12-15T03:00:00Z", {
    ...CUSTOMER,
    postalCode: "63100",
    address1: "제주특별자치도 제주시 첨단로 242",
  });
  // Paid, then cancelled before shipping: the whole part (items + shipping) is refunded in December.
  const G = await paidOrder([{ variantId: jaban2, quantity: 1 }], "2023-12-20T01:00:00Z");
  await prisma.fulfilment.update({
    where: { id: G.seogu().id },
    data: { status: "CANCELLED", cancelledAt: new Date() },
  });
  await prisma.orderItem.updateMany({ where: { fulfilmentId: G.seogu().id }, data: { cancelledQty: 1 } });
  await refund(G, G.seogu().id, 8_000, "2023-12-20T02:00:00Z", "SUCCEEDED", "고객 요청 취소");

  // November's gift set damaged in transit: refunded in December, so it counts in December.
  await refund(B, B.seogu().id, 10_000, "2023-12-05T01:00:00Z", "SUCCEEDED", "포장 파손");
  // Refunds that did not (yet) move money, and one made on 1 January KST.
  await refund(A, A.seogu().id, 1_000, "2023-12-10T00:00:00Z", "PENDING");
  await refund(A, A.seogu().id, 2_000, "2023-12-10T00:00:00Z", "FAILED");
  await refund(A, A.seogu().id, 3_000, "2023-12-31T15:00:00Z");
  // 광산's own refund: never in 서구's 정산.
  await refund(A, A.gwangsan().id, 4_000, "2023-12-11T00:00:00Z");

  // Item names are snapshots: renaming the product later changes nothing in past months.
  await prisma.product.update({ where: { slug: "naechingu-gim-jaban" }, data: { name: "김자반 (새 포장)" } });

  orders = { A: A.order, B: B.order, C: C.order, D: D.order, E, F: F.order, G: G.order };
  expect(A.seogu().shippingFee).toBe(3_000);
  expect(F.seogu().surcharge).toBe(3_000);
  expect(B.seogu().shippingFee).toBe(0);
});

const centerId = async (slug: string) => (await prisma.center.findUniqueOrThrow({ where: { slug } })).id;

describe("monthly figures", () => {
  it("use KST month boundaries", () => {
    expect(monthRange(DECEMBER)).toEqual({
      start: new Date("2023-11-30T15:00:00Z"),
      end: new Date("2023-12-31T15:00:00Z"),
    });
    const at = (iso: string, month?: string) =>
      monthFromRequest(
        new Request(`http://localhost/center/settlement${month ? `?month=${month}` : ""}`),
        new Date(iso),
      );
    expect(at("2023-11-30T15:30:00Z")).toEqual(DECEMBER);
    expect(at("2023-11-30T14:59:59Z")).toEqual({ year: 2023, month: 11 });
    expect(at("2024-05-01T00:00:00Z", "2023-12")).toEqual(DECEMBER);
    expect(at("2024-05-01T00:00:00Z", "2023-13")).toEqual({ year: 2024, month: 5 });
  });

  it("are exact for 서구 in December: paid orders by paidAt, refunds by when they succeeded", async () => {
    const s = await getSettlement(await centerId("seogu"), DECEMBER);
    expect(s.summary).toEqual({
      orders: 4, // A, C, F, G
      itemsSold: 4, // 2 + 1 + 1 + 0 (G cancelled)
      itemsCancelled: 1,
      gross: 19_000, // 6,000 + 5,000 + 3,000 + 5,000
      shipping: 15_000, // 3,000 + 3,000 + (3,000 + 제주 3,000) + 3,000
      refunds: 18_000, // G's cancellation 8,000 + November's B 10,000
      net: 16_000,
    });
    expect(s.orders.map((o) => o.number)).toEqual([orders.A, orders.F, orders.G, orders.C].map((o) => o.number));
    expect(s.products).toEqual([
      { productName: "내친구김 김자반", variantName: "1봉", sold: 3, cancelled: 0, amount: 9_000 },
      { productName: "내친구김 김자반", variantName: "2봉", sold: 0, cancelled: 1, amount: 5_000 },
      { productName: "내친구김 전장김", variantName: "3봉", sold: 1, cancelled: 0, amount: 5_000 },
    ]);
    expect(s.refunds.map((r) => [r.number, r.amount])).toEqual([
      [orders.B.number, 10_000],
      [orders.G.number, 8_000],
    ]);
  });

  it("put the boundary orders and refunds in their own months", async () => {
    const seogu = await centerId("seogu");
    const november = await getSettlement(seogu, { year: 2023, month: 11 });
    expect(november.summary).toEqual({
      orders: 1,
      itemsSold: 2,
      itemsCancelled: 0,
      gross: 40_000,
      shipping: 0,
      refunds: 0,
      net: 40_000,
    });
    const january = await getSettlement(seogu, { year: 2024, month: 1 });
    expect(january.orders.map((o) => o.number)).toEqual([orders.D.number]);
    expect(january.summary).toMatchObject({ gross: 5_500, shipping: 3_000, refunds: 3_000, net: 5_500 });
  });

  it("keep each center to its own sales, and together add up to what customers paid less refunds", async () => {
    const gwangsan = await getSettlement(await centerId("gwangsan"), DECEMBER);
    expect(gwangsan.summary).toEqual({
      orders: 1,
      itemsSold: 1,
      itemsCancelled: 0,
      gross: 8_000,
      shipping: 3_000,
      refunds: 4_000,
      net: 7_000,
    });
    expect(gwangsan.products.map((p) => p.productName)).toEqual(["우리쌀 쿠키"]);
    const seogu = await getSettlement(await centerId("seogu"), DECEMBER);
    expect(seogu.products.some((p) => p.productName === "우리쌀 쿠키")).toBe(false);

    const paid = [orders.A, orders.C, orders.F, orders.G].reduce((sum, o) => sum + o.total, 0);
    expect(seogu.summary.net + gwangsan.summary.net).toBe(paid - 22_000);
  });
});

describe("the 정산 page and its CSV", () => {
  it("shows the month asked for, for the signed-in center only", async () => {
    const page = await pageLoader(
      args(getRequest("/center/settlement?month=2023-12", await sessionCookie(STAFF.seogu))),
    );
    expect(page.month).toEqual(DECEMBER);
    expect(page.summary.net).toBe(16_000);
    expect(page.products.map((p) => p.productName)).not.toContain("우리쌀 쿠키");
  });

  it("downloads a UTF-8 CSV with a BOM, a Korean file name, quoted order numbers and the month's lines", async () => {
    const res = (await csvLoader(
      args(getRequest("/center/settlement.csv?month=2023-12", await sessionCookie(STAFF.seogu))),
    )) as Response;
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toBe(
      `attachment; filename="2023-12.csv"; filename*=UTF-8''${encodeURIComponent("정산-서구-2023-12.csv")}`,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toContain(`"${orders.A.number}"`);

    const rows: string[][] = parse(text, { bom: true });
    expect(rows[0]).toEqual([...SETTLEMENT_CSV_HEADER]);
    const body = rows.slice(1);
    const col = (name: (typeof SETTLEMENT_CSV_HEADER)[number]) => SETTLEMENT_CSV_HEADER.indexOf(name);
    expect(
      body.filter((r) => r[col("구분")] === "판매").map((r) => [r[col("주문번호")], r[col("상품")], r[col("옵션")]]),
    ).toEqual([
      [orders.A.number, "내친구김 김자반", "1봉"],
      [orders.F.number, "내친구김 김자반", "1봉"],
      [orders.G.number, "내친구김 김자반", "2봉"],
      [orders.C.number, "내친구김 전장김", "3봉"],
    ]);
    expect(body.find((r) => r[col("비고")] === "포장 파손")?.slice(0, 3)).toEqual([
      "환불",
      "2023-12-05 10:00",
      orders.B.number,
    ]);
    expect(body.find((r) => r[col("주문번호")] === orders.A.number)?.[col("일시")]).toBe("2023-12-01 00:30");
    // The 정산 금액 column adds up to the net, and the total line says so.
    const lines = body.filter((r) => r[col("구분")] !== "합계");
    expect(lines.reduce((sum, r) => sum + Number(r[col("정산 금액")]), 0)).toBe(16_000);
    expect(body.at(-1)).toEqual(["합계", "", "", "", "", "", "", "1", "4", "19000", "15000", "18000", "16000", ""]);
    // Nothing of 광산, of other months, or of the unpaid order.
    for (const other of [orders.B, orders.D, orders.E]) {
      expect(body.some((r) => r[col("구분")] === "판매" && r[col("주문번호")] === other.number)).toBe(false);
    }
    expect(text).not.toContain("우리쌀 쿠키");
  });

  it("gives 광산 its own file with only its own sales", async () => {
    const res = (await csvLoader(
      args(getRequest("/center/settlement.csv?month=2023-12", await sessionCookie(STAFF.gwangsan))),
    )) as Response;
    expect(res.headers.get("Content-Disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("정산-광산-2023-12.csv")}`,
    );
    const rows: string[][] = parse(await res.text(), { bom: true });
    expect(rows.filter((r) => r[0] === "판매").map((r) => r[3])).toEqual(["우리쌀 쿠키"]);
    expect(rows.some((r) => r[3]?.includes("김자반"))).toBe(false);
  });

  it("sends anonymous visitors to /login and refuses ADMIN and EDITOR", async () => {
    for (const run of [pageLoader, csvLoader]) {
      const path = run === csvLoader ? "/center/settlement.csv?month=2023-12" : "/center/settlement?month=2023-12";
      const anonymous = await thrownResponse(() => run(args(getRequest(path))));
      expect(anonymous?.status).toBe(302);
      expect(anonymous?.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent(path)}`);
    }
    for (const email of [STAFF.admin, STAFF.editor]) {
      const cookie = await sessionCookie(email);
      const refused = await thrownResponse(() => csvLoader(args(getRequest("/center/settlement.csv", cookie))));
      expect(refused?.status).toBe(403);
    }
  });
});
