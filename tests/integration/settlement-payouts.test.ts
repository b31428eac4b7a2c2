// The regional center's 정산 across centers and its 지급 records: every center's figures equal its own
// 정산 page, the total adds up, the CSV opens in Excel, and 정산 확정 → 지급 완료 applies once, refuses bad
// input in Korean without changing anything, and shows on the center's own page (and only there).
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { payoutRefusal } from "~/fulfilment/payout-messages";
import { confirmPayout } from "~/fulfilment/payouts.server";
import { getSettlementOverview, OVERVIEW_CSV_HEADER } from "~/fulfilment/settlement-overview.server";
import { getSettlement } from "~/fulfilment/settlement.server";
import * as adminPage from "~/routes/admin.settlement";
import { loader as adminCsv } from "~/routes/admin.settlement[.]csv";
import { loader as centerPage } from "~/routes/center.settlement";
import { prisma } from "~/utils/db.server";
import { paidOrder } from "../support/orders";
import { call } from "../support/route-calls";
import { formRequest, getRequest, sessionCookie, STAFF } from "../support/staff";

const MONTH = "2023-12";
const DECEMBER = { year: 2023, month: 12 };
let admin: string;
let seoguStaff: string;
let gwangsanStaff: string;
let seoguId: number;
let gwangsanId: number;

beforeAll(async () => {
  [admin, seoguStaff, gwangsanStaff] = await Promise.all([
    sessionCookie(STAFF.admin),
    sessionCookie(STAFF.seogu),
    sessionCookie(STAFF.gwangsan),
  ]);
  // Two orders paid in December (KST), one across both centers; one refund of 서구's part.
  const a = await paidOrder(prisma, { twoCenters: true, paidAt: new Date("2023-12-05T01:00:00Z") });
  await paidOrder(prisma, { paidAt: new Date("2023-12-20T01:00:00Z") });
  const payment = await prisma.payment.findFirstOrThrow({ where: { orderId: a.order.id } });
  await prisma.refund.create({
    data: {
      paymentId: payment.id,
      fulfilmentId: a.seogu.id,
      amount: 2_000,
      status: "SUCCEEDED",
      idempotencyKey: "payout-test-refund",
      createdAt: new Date("2023-12-06T01:00:00Z"),
    },
  });
  seoguId = a.seogu.centerId;
  gwangsanId = a.gwangsan!.centerId;
});

const post = (fields: Record<string, string>, cookie = admin) =>
  call(adminPage.action, formRequest("/admin/settlement", fields, cookie));

describe("the 정산 overview across centers", () => {
  it("gives each center exactly its own 정산 figures, and the total is their sum", async () => {
    const overview = await getSettlementOverview(DECEMBER);
    const seogu = overview.rows.find((r) => r.center.id === seoguId)!;
    const gwangsan = overview.rows.find((r) => r.center.id === gwangsanId)!;
    expect(seogu.summary).toEqual((await getSettlement(seoguId, DECEMBER)).summary);
    expect(gwangsan.summary).toEqual((await getSettlement(gwangsanId, DECEMBER)).summary);
    expect(seogu.summary.orders).toBe(2);
    expect(seogu.summary.refunds).toBe(2_000);
    expect(gwangsan.summary.orders).toBe(1);
    expect(overview.total.net).toBe(overview.rows.reduce((sum, r) => sum + r.summary.net, 0));
    expect(overview.total.net).toBe(seogu.summary.net + gwangsan.summary.net);
  });

  it("downloads as CSV with a BOM, one line per center and a 합계 line", async () => {
    const res = await adminCsv({
      request: getRequest(`/admin/settlement.csv?month=${MONTH}`, admin),
      params: {},
      context: {},
    });
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse(new TextDecoder().decode(bytes)) as string[][];
    expect(rows[0]).toEqual([...OVERVIEW_CSV_HEADER]);
    const overview = await getSettlementOverview(DECEMBER);
    expect(rows).toHaveLength(overview.rows.length + 2);
    const net = OVERVIEW_CSV_HEADER.indexOf("정산 금액");
    const total = rows.at(-1)!;
    expect(total[0]).toBe("합계");
    expect(Number(total[net])).toBe(overview.total.net);
    expect(rows.slice(1, -1).reduce((sum, r) => sum + Number(r[net]), 0)).toBe(overview.total.net);
  });

  it("is for admins only", async () => {
    const page = await call(adminPage.loader, getRequest(`/admin/settlement?month=${MONTH}`, seoguStaff));
    expect(page.status).toBe(403);
    const csv = await call(adminCsv, getRequest(`/admin/settlement.csv?month=${MONTH}`, seoguStaff));
    expect(csv.status).toBe(403);
  });
});

describe("정산 확정 → 지급 완료", () => {
  it("refuses the month that is not over yet", async () => {
    const result = await confirmPayout(
      { centerId: seoguId, month: MONTH, userId: 1 },
      new Date("2023-12-31T14:00:00Z"),
    );
    expect(result).toEqual({ ok: false, reason: "MONTH_NOT_OVER" });
    expect(payoutRefusal("MONTH_NOT_OVER", DECEMBER).message).toBe("2023년 12월이 끝난 뒤에 확정할 수 있습니다.");
    expect(await prisma.settlementPayout.count()).toBe(0);
  });

  it("confirms once at the month's net, records the transfer with date and memo, and logs both", async () => {
    const net = (await getSettlement(seoguId, DECEMBER)).summary.net;
    const [first, second] = await Promise.all([
      post({ intent: "confirm", centerId: String(seoguId), month: MONTH }),
      post({ intent: "confirm", centerId: String(seoguId), month: MONTH }),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([302, 400]);
    const refused = first.status === 400 ? first : second;
    expect(refused.data.error[""]).toEqual(["이미 확정된 정산입니다. 화면을 새로 고쳐 주세요."]);
    const row = await prisma.settlementPayout.findUniqueOrThrow({
      where: { centerId_month: { centerId: seoguId, month: MONTH } },
    });
    expect(row).toMatchObject({ status: "CONFIRMED", amount: net, paidOn: null });

    // A date inside the month itself, and one that does not exist: Korean messages, typed values kept.
    const early = await post({
      intent: "pay",
      centerId: String(seoguId),
      month: MONTH,
      paidOn: "2023-12-31",
      memo: "농협",
    });
    expect(early.status).toBe(400);
    expect(early.data.error.paidOn).toEqual(["지급일은 2023년 12월이 끝난 뒤의 날짜여야 합니다."]);
    expect(early.data.initialValue).toMatchObject({ paidOn: "2023-12-31", memo: "농협" });
    const impossible = await post({ intent: "pay", centerId: String(seoguId), month: MONTH, paidOn: "2024-02-30" });
    expect(impossible.status).toBe(400);
    expect(impossible.data.error.paidOn).toEqual(["지급일을 2024-01-10 형식의 날짜로 입력해 주세요."]);
    expect((await prisma.settlementPayout.findUniqueOrThrow({ where: { id: row.id } })).status).toBe("CONFIRMED");

    const paid = await post({
      intent: "pay",
      centerId: String(seoguId),
      month: MONTH,
      paidOn: "2024-01-10",
      memo: "농협 이체",
    });
    expect(paid.status).toBe(302);
    expect(paid.location).toBe(`/admin/settlement?month=${MONTH}&saved=pay&center=${seoguId}`);
    expect(await prisma.settlementPayout.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "PAID",
      paidOn: "2024-01-10",
      memo: "농협 이체",
      amount: net,
    });
    const again = await post({ intent: "pay", centerId: String(seoguId), month: MONTH, paidOn: "2024-01-11" });
    expect(again.data.error[""]).toEqual(["이미 지급 완료로 기록된 정산입니다."]);
    const reopen = await post({ intent: "reopen", centerId: String(seoguId), month: MONTH });
    expect(reopen.status).toBe(400);
    expect((await prisma.settlementPayout.findUniqueOrThrow({ where: { id: row.id } })).paidOn).toBe("2024-01-10");

    const log = await prisma.auditLog.findMany({
      where: { entity: "Center", entityId: String(seoguId), action: { startsWith: "settlement." } },
      orderBy: { id: "asc" },
    });
    expect(log.map((e) => e.action)).toEqual(["settlement.confirm", "settlement.pay"]);
    expect(log[1]!.detail).toContain("(2024-01-10) — 농협 이체");
  });

  it("can take back a confirmation before the transfer, and not pay what was never confirmed", async () => {
    const notConfirmed = await post({
      intent: "pay",
      centerId: String(gwangsanId),
      month: MONTH,
      paidOn: "2024-01-10",
    });
    expect(notConfirmed.data.error[""]).toEqual(["먼저 정산을 확정해 주세요."]);
    expect((await post({ intent: "confirm", centerId: String(gwangsanId), month: MONTH })).status).toBe(302);
    expect((await post({ intent: "reopen", centerId: String(gwangsanId), month: MONTH })).status).toBe(302);
    expect(await prisma.settlementPayout.count({ where: { centerId: gwangsanId } })).toBe(0);
  });

  it("refuses a month with nothing to settle and a made-up center", async () => {
    const empty = await post({ intent: "confirm", centerId: String(seoguId), month: "2023-06" });
    expect(empty.data.error[""]).toEqual(["2023년 6월에는 정산할 내역이 없습니다."]);
    const nobody = await post({ intent: "confirm", centerId: "99999", month: MONTH });
    expect(nobody.data.error[""]).toEqual(["센터를 찾을 수 없습니다."]);
    const badMonth = await post({ intent: "confirm", centerId: String(seoguId), month: "2023-13" });
    expect(badMonth.status).toBe(400);
  });

  it("shows each center its own 지급 record on its 정산 page, never another center's", async () => {
    const seogu = await call(centerPage, getRequest(`/center/settlement?month=${MONTH}`, seoguStaff));
    expect(seogu.data.payout).toMatchObject({ status: "PAID", paidOn: "2024-01-10", memo: "농협 이체" });
    expect(seogu.data.payout.amount).toBe(seogu.data.summary.net);
    const gwangsan = await call(centerPage, getRequest(`/center/settlement?month=${MONTH}`, gwangsanStaff));
    expect(gwangsan.data.payout).toBeNull();
    expect(gwangsan.data.monthOver).toBe(true);
  });
});
