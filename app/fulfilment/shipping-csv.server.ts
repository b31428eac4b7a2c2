// 송장 일괄등록: the center downloads its parts to ship as CSV, fills 택배사 and 송장번호 (in Excel or a
// courier's program) and uploads the same file back. Each row ships on its own through shipFulfilment
// (one transaction per row), so a bad row never applies half and never stops the good ones.
import { parse } from "csv-parse/sync";
import { recordAudit } from "~/audit/audit.server";
import { toCsv } from "~/utils/csv.server";
import { prisma } from "~/utils/db.server";
import { formatItemName, formatPhone, toKstIso } from "~/utils/format";
import { listPartsToShip } from "./center-orders.server";
import { COURIERS, isCourierCode, type CourierCode } from "~/orders/couriers";
import { FULFILMENT_STAFF_LABEL, type FulfilmentStatus } from "~/orders/part-states";
import { normaliseTrackingNumber, shipFulfilment, type FulfilmentActor } from "./fulfilment.server";
import {
  MAX_UPLOAD_ROWS,
  summariseUpload,
  UPLOAD_TOO_BIG_MESSAGE,
  type RowOutcome,
  type RowReport,
  type ShippingUploadReport,
} from "./shipping-upload-form";

export const EXPORT_COLUMNS = [
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
] as const;

const REQUIRED_COLUMNS = ["주문번호", "택배사", "송장번호"] as const;

/** "2023-12-01 14:05" in KST: sortable, and Excel reads it as a date-time. */
function kstStamp(value: Date): string {
  return toKstIso(value).slice(0, 16).replace("T", " ");
}

type PartToShip = Awaited<ReturnType<typeof listPartsToShip>>[number];

/** What is left to pack of a part: lines net of cancelled units, fully cancelled lines dropped. */
export function remainingLines(items: PartToShip["items"]) {
  return items
    .map((item) => ({
      ...item,
      name: formatItemName(item.productName, item.variantName),
      qty: item.quantity - item.cancelledQty,
    }))
    .filter((item) => item.qty > 0);
}

/** The center's 상품준비중 parts as a CSV staff fill in (택배사, 송장번호 left empty) and upload back. */
export async function exportPartsToShip(centerId: number) {
  const [parts, center] = await Promise.all([
    listPartsToShip({ centerId }),
    prisma.center.findUniqueOrThrow({ where: { id: centerId }, select: { shortName: true } }),
  ]);
  const rows = parts.map((part) => {
    const lines = remainingLines(part.items);
    const { order } = part;
    return [
      order.number,
      order.paidAt ? kstStamp(order.paidAt) : "",
      order.recipientName,
      formatPhone(order.recipientPhone),
      order.postalCode,
      [order.address1, order.address2].filter(Boolean).join(" "),
      order.deliveryMemo,
      lines.map((line) => `${line.name} × ${line.qty}`).join(" / "),
      String(lines.reduce((sum, line) => sum + line.qty, 0)),
      "",
      "",
    ];
  });
  const filename = `발송준비_${center.shortName}_${kstStamp(new Date()).slice(0, 10)}.csv`;
  return { body: toCsv([[...EXPORT_COLUMNS], ...rows]), filename, count: parts.length };
}

// Names staff actually type, spaces ignored: the code, the full name and the short name.
const COURIER_ALIASES: Record<string, CourierCode> = {
  ...Object.fromEntries(Object.entries(COURIERS).map(([code, { name }]) => [name, code as CourierCode])),
  대한통운: "CJ",
  CJ택배: "CJ",
  우체국: "EPOST",
  한진: "HANJIN",
  롯데: "LOTTE",
  롯데글로벌로지스: "LOTTE",
  로젠: "LOGEN",
};

/** "CJ대한통운", "cj 대한통운", "우체국", "HANJIN" → courier code; null when we don't know it. */
export function parseCourier(value: string): CourierCode | null {
  const key = value.replace(/\s/g, "").toUpperCase();
  if (isCourierCode(key)) return key;
  return COURIER_ALIASES[key] ?? null;
}

/** Excel saves CSV as UTF-8 ("CSV UTF-8") or, in a Korean Windows, as CP949 ("CSV"): read both. */
function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("euc-kr").decode(bytes);
  }
}

type ParsedRow = { row: number; orderNumber: string; courier: string; tracking: string };

/** The file's data rows, or a Korean message about the file as a whole (bad CSV, missing columns, too long). */
function readRows(bytes: Uint8Array): { rows: ParsedRow[]; blankRows: number } | { error: string } {
  let records: string[][];
  try {
    records = parse(decodeCsv(bytes), { bom: true, relax_column_count: true, skip_empty_lines: false });
  } catch {
    return { error: "CSV 파일을 읽을 수 없습니다. 내려받은 CSV 파일에 택배사와 송장번호만 채워 올려 주세요." };
  }
  const header = (records[0] ?? []).map((cell) => cell.replace(/[\s\uFEFF]/g, ""));
  const column = Object.fromEntries(REQUIRED_COLUMNS.map((name) => [name, header.indexOf(name)]));
  const missing = REQUIRED_COLUMNS.filter((name) => column[name] === -1);
  if (missing.length > 0) {
    return {
      error: `첫 줄(제목 줄)에 ${REQUIRED_COLUMNS.join(", ")} 열이 있어야 합니다. 없는 열: ${missing.join(", ")}`,
    };
  }
  const rows: ParsedRow[] = [];
  let blankRows = 0;
  records.slice(1).forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === "")) {
      blankRows++;
      return;
    }
    const cell = (name: (typeof REQUIRED_COLUMNS)[number]) => (cells[column[name]!] ?? "").trim();
    // Row numbers as Excel shows them: the header is row 1.
    rows.push({
      row: index + 2,
      orderNumber: cell("주문번호").toUpperCase(),
      courier: cell("택배사"),
      tracking: cell("송장번호"),
    });
  });
  if (rows.length > MAX_UPLOAD_ROWS) return { error: UPLOAD_TOO_BIG_MESSAGE };
  return { rows, blankRows };
}

type OrderFacts = {
  paid: boolean;
  part: { id: number; status: FulfilmentStatus; shipments: { courier: string; trackingNumber: string }[] } | null;
};

/** Every order number of the file in one query; `part` is this center's part, if the order has one. */
async function lookUpOrders(numbers: string[], centerId: number): Promise<Map<string, OrderFacts>> {
  const orders = await prisma.order.findMany({
    where: { number: { in: [...new Set(numbers)] } },
    select: {
      number: true,
      paidAt: true,
      fulfilments: {
        where: { centerId },
        select: { id: true, status: true, shipments: { select: { courier: true, trackingNumber: true } } },
      },
    },
  });
  return new Map(orders.map((o) => [o.number, { paid: o.paidAt !== null, part: o.fulfilments[0] ?? null }]));
}

function stateReason(status: FulfilmentStatus): string {
  const label = FULFILMENT_STAFF_LABEL[status];
  return status === "NEW"
    ? `발송할 수 없는 상태 (현재: ${label} — 먼저 발주확인하세요)`
    : `발송할 수 없는 상태 (현재: ${label})`;
}

function trackingReason(raw: string): string {
  if (!raw) return "송장번호가 비어 있습니다";
  // Excel shows a 12-digit number as 6.01235E+11 and saves it that way: the digits are lost.
  if (/^\d(\.\d+)?E\+\d+$/i.test(raw)) {
    return `송장번호 형식 오류 (${raw}: 엑셀에서 송장번호 열을 ‘텍스트’ 서식으로 바꾼 뒤 다시 입력해 주세요)`;
  }
  return `송장번호 형식 오류 (“${raw}”: 숫자 9~14자리)`;
}

/** One row, decided in the order staff can fix things: the order, its state, the courier, the number. */
async function applyRow(
  row: ParsedRow,
  facts: OrderFacts | undefined,
  actor: FulfilmentActor,
): Promise<Omit<RowReport, "row" | "orderNumber">> {
  const fail = (reason: string) => ({ outcome: "FAILED" as const, reason });
  if (!facts) return fail("없는 주문번호");
  if (!facts.part) return fail("다른 센터의 주문");
  if (!facts.paid) return fail("결제완료되지 않은 주문");
  const courier = parseCourier(row.courier);
  const trackingNumber = normaliseTrackingNumber(row.tracking);
  if (facts.part.status !== "ACCEPTED") {
    // The same file uploaded twice: the parcel is already recorded, nothing to fix.
    const same = facts.part.shipments.some((s) => s.courier === courier && s.trackingNumber === trackingNumber);
    return same
      ? { outcome: "SKIPPED", reason: "이미 같은 송장번호로 발송 처리됨" }
      : fail(stateReason(facts.part.status));
  }
  if (!courier) return fail(row.courier ? `모르는 택배사 (“${row.courier}”)` : "택배사가 비어 있습니다");
  if (!trackingNumber) return fail(trackingReason(row.tracking));
  const result = await shipFulfilment({ fulfilmentId: facts.part.id, courier, trackingNumber, actor });
  if (result.ok) return { outcome: "SHIPPED", reason: `${COURIERS[courier].name} ${trackingNumber}` };
  if (result.reason === "WRONG_STATE") {
    // Someone else moved it between our look-up and the conditional update: say where it is now.
    const now = await prisma.fulfilment.findUnique({ where: { id: facts.part.id }, select: { status: true } });
    return fail(stateReason(now?.status ?? "CANCELLED"));
  }
  return fail(result.reason === "NOT_FOUND" ? "결제완료되지 않은 주문" : "발송 처리하지 못했습니다");
}

/**
 * Applies an uploaded file row by row for the session's center and reports every non-blank row.
 * Rows with an order number but neither courier nor tracking number are skipped: the exported file
 * lists every part to ship, and staff may fill only the parcels that left today.
 */
export async function applyShippingCsv(input: {
  bytes: Uint8Array;
  actor: FulfilmentActor & { centerId: number };
}): Promise<{ report: ShippingUploadReport } | { error: string }> {
  const read = readRows(input.bytes);
  if ("error" in read) return read;
  const facts = await lookUpOrders(read.rows.map((r) => r.orderNumber).filter(Boolean), input.actor.centerId);
  const firstRowOf = new Map<string, number>();
  const rows: RowReport[] = [];
  for (const row of read.rows) {
    const head = { row: row.row, orderNumber: row.orderNumber };
    if (!row.orderNumber) {
      rows.push({ ...head, outcome: "FAILED", reason: "주문번호가 비어 있습니다" });
    } else if (!row.courier && !row.tracking) {
      rows.push({ ...head, outcome: "SKIPPED", reason: "택배사·송장번호가 비어 있어 건너뜀" });
    } else if (firstRowOf.has(row.orderNumber)) {
      rows.push({
        ...head,
        outcome: "FAILED",
        reason: `같은 주문번호가 ${firstRowOf.get(row.orderNumber)}행에도 있습니다`,
      });
    } else {
      firstRowOf.set(row.orderNumber, row.row);
      rows.push({ ...head, ...(await applyRow(row, facts.get(row.orderNumber), input.actor)) });
    }
  }
  const count = (outcome: RowOutcome) => rows.filter((r) => r.outcome === outcome).length;
  const report = {
    rows,
    total: rows.length,
    shipped: count("SHIPPED"),
    failed: count("FAILED"),
    skipped: count("SKIPPED"),
    blankRows: read.blankRows,
  };
  await recordAudit({
    userId: input.actor.userId,
    action: "fulfilment.bulk-ship",
    entity: "Center",
    entityId: input.actor.centerId,
    detail: `송장 일괄등록: ${summariseUpload(report)}`,
  });
  return { report };
}
