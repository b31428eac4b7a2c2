// 송장 일괄등록: the export opens in Excel (BOM, Korean, numbers as text) and the same file comes back
// with 택배사/송장번호 filled; every row is applied on its own and reported with a Korean reason.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { ShippingUploadReport } from "~/fulfilment/shipping-upload-form";
import { action as uploadAction } from "~/routes/center.shipping._index";
import { loader as exportLoader } from "~/routes/center.shipping.export[.]csv";
import { toCsv } from "~/utils/csv.server";
import { prisma } from "~/utils/db.server";
import { setUpShippingScene, shippingScene } from "../support/shipping-orders";
import { getRequest } from "../support/staff";

const args = (request: Request) => ({ request, params: {}, context: {} }) as LoaderFunctionArgs & ActionFunctionArgs;

async function exportCsv(cookie: string) {
  const res = await exportLoader(args(getRequest("/center/shipping/export.csv", cookie)));
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { res, bytes, records: parse(Buffer.from(bytes), { bom: true }) as string[][] };
}

/** The 송장 일괄등록 form as a browser posts it: multipart with one file. */
async function upload(content: string | Uint8Array<ArrayBuffer>, cookie: string, filename = "발송준비.csv") {
  const body = new FormData();
  body.append("file", new File([content], filename, { type: "text/csv" }));
  const request = new Request("http://localhost/center/shipping", {
    method: "POST",
    body,
    headers: { Cookie: cookie },
  });
  const result = (await uploadAction(args(request))) as unknown as {
    data: { report: ShippingUploadReport | null; result: { error?: Record<string, string[] | null> } };
    init: { status?: number } | null;
  };
  return { status: result.init?.status ?? 200, report: result.data.report, errors: result.data.result.error };
}

const partState = (id: number) =>
  prisma.fulfilment.findUniqueOrThrow({
    where: { id },
    select: { status: true, shipments: { select: { courier: true, trackingNumber: true } } },
  });

const ctx = setUpShippingScene(prisma);

describe("CSV export of parts to ship", () => {
  it("opens with a UTF-8 BOM and round-trips Korean text, with phone and postal code as text", async () => {
    const { res, bytes, records } = await exportCsv(ctx.seogu);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toMatch(/filename\*=UTF-8''%EB%B0%9C%EC%86%A1/); // 발송
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(records[0]).toEqual([
      "주문번호",
      "결제일시",
      "받는분",
      "받는분 연락처",
      "우편번호",
      "주소",
      "배송메모",
      "상품",
      "수량 합계",
      "택배사",
      "송장번호",
    ]);
    const row = records.find((r) => r[0] === ctx.scene.special.number)!;
    expect(row).toEqual([
      ctx.scene.special.number,
      "2023-12-01 10:00",
      "박서연",
      "010-9876-5432",
      "06234",
      '서울특별시 강남구 테헤란로 123 4층 "소소" 사무실',
      "문 앞에 놓아 주세요, 감사합니다",
      "내친구김 김자반 2봉 × 3 / 내친구김 선물세트 × 1",
      "4",
      "",
      "",
    ]);
    // Quoted in the file itself, so the leading zero is text, not a number.
    expect(Buffer.from(bytes).toString("utf8")).toContain('"06234"');
  });

  it("lists only this center's 상품준비중 parts of paid orders, oldest payment first", async () => {
    const seoguRows = (await exportCsv(ctx.seogu)).records.slice(1).map((r) => r[0]);
    // Not the part already shipped, the new (not yet accepted) one, the unpaid one, or 광산's orders.
    const { special, shared, badCourier, badTracking, unfilled } = ctx.scene;
    expect(seoguRows).toEqual([special, shared, badCourier, badTracking, unfilled].map((o) => o.number));
    const gwangsanRows = (await exportCsv(ctx.gwangsan)).records.slice(1);
    expect(gwangsanRows.map((r) => r[0])).toEqual([ctx.scene.shared.number, ctx.scene.gwangsanOnly.number]);
    expect(gwangsanRows[0]![7]).toBe("우리쌀 쿠키 1상자 × 1");
  });
});

describe("CSV upload", () => {
  it("applies exactly the good rows of the exported file and reports the rest row by row", async () => {
    const { records } = await exportCsv(ctx.seogu);
    const fill: Record<string, [string, string]> = {
      [ctx.scene.special.number]: ["CJ대한통운", "6012-3456-7890"],
      [ctx.scene.shared.number]: ["우체국", "1234567890123"],
      [ctx.scene.badCourier.number]: ["대신택배", "123456789012"],
      [ctx.scene.badTracking.number]: ["한진택배", "12-34"],
    };
    const filled = records.map((r, i) => (i === 0 ? r : [...r.slice(0, 9), ...(fill[r[0]!] ?? ["", ""])]));
    const extra = (number: string, courier: string, tracking: string) => [
      number,
      ...Array(8).fill(""),
      courier,
      tracking,
    ];
    const rows = [
      ...filled,
      extra("sd-20990101-zzzzzz", "CJ", "123456789012"),
      extra(ctx.scene.gwangsanOnly.number, "롯데", "223344556677"),
      extra(ctx.scene.fresh.number, "로젠", "334455667788"),
      Array(11).fill(""),
      extra(ctx.scene.shipped.number, "CJ", "999988887777"),
      extra(ctx.scene.special.number, "한진", "445566778899"),
      extra(ctx.scene.unpaid.number, "LOGEN", "556677889900"),
    ];
    const { status, report } = await upload(toCsv(rows), ctx.seogu);
    expect(status).toBe(200);
    expect(report!.rows.map(({ row, outcome, reason }) => [row, outcome, reason])).toEqual([
      [2, "SHIPPED", "CJ대한통운 601234567890"],
      [3, "SHIPPED", "우체국택배 1234567890123"],
      [4, "FAILED", "모르는 택배사 (“대신택배”)"],
      [5, "FAILED", "송장번호 형식 오류 (“12-34”: 숫자 9~14자리)"],
      [6, "SKIPPED", "택배사·송장번호가 비어 있어 건너뜀"],
      [7, "FAILED", "이 센터의 주문번호가 아닙니다"],
      [8, "FAILED", "이 센터의 주문번호가 아닙니다"],
      [9, "FAILED", "발송할 수 없는 상태 (현재: 신규주문 — 먼저 발주확인하세요)"],
      [11, "FAILED", "발송할 수 없는 상태 (현재: 배송중)"],
      [12, "FAILED", "같은 주문번호가 2행에도 있습니다"],
      [13, "FAILED", "결제완료되지 않은 주문"],
    ]);
    expect(report).toMatchObject({ total: 11, shipped: 2, failed: 8, skipped: 1, blankRows: 1 });

    expect(await partState(ctx.scene.special.seoguPart)).toEqual({
      status: "SHIPPED",
      shipments: [{ courier: "CJ", trackingNumber: "601234567890" }],
    });
    expect(await partState(ctx.scene.shared.seoguPart)).toEqual({
      status: "SHIPPED",
      shipments: [{ courier: "EPOST", trackingNumber: "1234567890123" }],
    });
    // Nothing of a failed row was applied, and the other center's parts were never touched.
    expect(await partState(ctx.scene.shipped.seoguPart)).toEqual({
      status: "SHIPPED",
      shipments: [{ courier: "CJ", trackingNumber: "111122223333" }],
    });
    for (const id of [ctx.scene.badCourier.seoguPart, ctx.scene.badTracking.seoguPart, ctx.scene.unfilled.seoguPart]) {
      expect(await partState(id)).toEqual({ status: "ACCEPTED", shipments: [] });
    }
    expect(await partState(ctx.scene.fresh.seoguPart)).toEqual({ status: "NEW", shipments: [] });
    expect(await partState(ctx.scene.gwangsanOnly.gwangsanPart)).toEqual({ status: "ACCEPTED", shipments: [] });
    expect(await partState(ctx.scene.shared.gwangsanPart)).toEqual({ status: "ACCEPTED", shipments: [] });

    const events = await prisma.fulfilmentEvent.findMany({
      where: { fulfilmentId: ctx.scene.special.seoguPart, toStatus: "SHIPPED" },
    });
    expect(events).toMatchObject([
      { fromStatus: "ACCEPTED", userId: ctx.scene.seogu.userId, note: "CJ대한통운 601234567890" },
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "fulfilment.bulk-ship" },
      orderBy: { id: "desc" },
    });
    expect(audit.detail).toBe("송장 일괄등록: 11건 중 2건 발송 처리, 8건 실패, 1건 건너뜀");
  });

  it("reads a hand-made file: no BOM, columns in any order, extra columns, codes and Korean courier names", async () => {
    const text = [
      "송장번호,메모,택배사,주문번호",
      `223344556677,2층 창고,HANJIN,${ctx.scene.badCourier.number}`,
      `"334-455-667788",,롯데택배,${ctx.scene.badTracking.number}`,
    ].join("\n");
    const { report } = await upload(text, ctx.seogu);
    expect(report!.rows.map((r) => [r.row, r.outcome])).toEqual([
      [2, "SHIPPED"],
      [3, "SHIPPED"],
    ]);
    expect((await partState(ctx.scene.badTracking.seoguPart)).shipments).toEqual([
      { courier: "LOTTE", trackingNumber: "334455667788" },
    ]);
  });

  it("skips a row uploaded again with the same parcel, and reads Excel's CP949 CSV", async () => {
    // "주문번호,택배사,송장번호\r\n<number>,우체국,…" as Excel's plain "CSV" saves it on a Korean Windows.
    const cp949 = (hex: string) => Buffer.from(hex.replace(/\s/g, ""), "hex");
    const header = Buffer.concat([
      cp949("C1D6B9AEB9F8C8A3"),
      Buffer.from(","),
      cp949("C5C3B9E8BBE7"),
      Buffer.from(","),
      cp949("BCDBC0E5B9F8C8A3"),
    ]);
    expect(new TextDecoder("euc-kr").decode(header)).toBe("주문번호,택배사,송장번호");
    const rows = [
      `\r\n${ctx.scene.unfilled.number},`,
      cp949("BFECC3BCB1B9"), // 우체국
      `,112233445566\r\n${ctx.scene.badCourier.number},HANJIN,223344556677\r\n`,
    ];
    const bytes = Buffer.concat([header, ...rows.map((r) => (typeof r === "string" ? Buffer.from(r) : r))]);
    const { report } = await upload(
      new Uint8Array(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      ) as Uint8Array<ArrayBuffer>,
      ctx.seogu,
    );
    expect(report!.rows.map((r) => [r.outcome, r.reason])).toEqual([
      ["SHIPPED", "우체국택배 112233445566"],
      ["SKIPPED", "이미 같은 송장번호로 발송 처리됨"],
    ]);
  });

  it("explains a tracking number Excel turned into 6.01235E+11", async () => {
    const fresh = await shippingScene(prisma);
    const { report } = await upload(`주문번호,택배사,송장번호\n${fresh.unfilled.number},CJ,6.01235E+11\n`, ctx.seogu);
    expect(report!.rows[0]).toMatchObject({ outcome: "FAILED", reason: expect.stringContaining("‘텍스트’ 서식") });
  });

  it("refuses a file without the required header, an oversized file and too many rows, in Korean", async () => {
    const noHeader = await upload(`${ctx.scene.unfilled.number},CJ,123456789012\n`, ctx.seogu);
    expect(noHeader.status).toBe(400);
    expect(noHeader.errors?.file?.[0]).toMatch(/^첫 줄\(제목 줄\)에 주문번호, 택배사, 송장번호 열이 있어야 합니다/);

    const big = await upload("주문번호,택배사,송장번호\n" + "x".repeat(1_000_001), ctx.seogu);
    expect(big.status).toBe(413);
    expect(big.errors?.file).toEqual(["파일이 너무 큽니다. 1MB(약 2,000행) 이하로 나눠서 올려 주세요."]);

    const many = await upload("주문번호,택배사,송장번호\n" + "SD-1,CJ,123456789\n".repeat(2_001), ctx.seogu);
    expect(many.status).toBe(400);
    expect(many.errors?.file?.[0]).toMatch(/^파일이 너무 큽니다/);

    const none = await upload("", ctx.seogu);
    expect(none.status).toBe(400);
    expect(none.errors?.file?.[0]).toMatch(/CSV 파일을 골라 주세요/);

    const excel = await upload("PK…", ctx.seogu, "발송준비.xlsx");
    expect(excel.errors?.file?.[0]).toMatch(/^엑셀 파일은 읽을 수 없습니다/);
  });

  it("lets 광산 staff ship only 광산's part: 서구's order numbers read as not 광산's, like unknown ones", async () => {
    const fresh = await shippingScene(prisma);
    const text = `주문번호,택배사,송장번호\n${fresh.unfilled.number},CJ,123456789012\n${fresh.shared.number},CJ,223456789012\n`;
    const { report } = await upload(text, ctx.gwangsan);
    expect(report!.rows.map((r) => [r.outcome, r.reason])).toEqual([
      ["FAILED", "이 센터의 주문번호가 아닙니다"],
      ["SHIPPED", "CJ대한통운 223456789012"],
    ]);
    expect(await partState(fresh.unfilled.seoguPart)).toEqual({ status: "ACCEPTED", shipments: [] });
    expect(await partState(fresh.shared.seoguPart)).toEqual({ status: "ACCEPTED", shipments: [] });
    expect((await partState(fresh.shared.gwangsanPart)).status).toBe("SHIPPED");
  });
});
