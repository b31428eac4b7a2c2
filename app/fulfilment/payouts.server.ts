// 정산 지급: the regional center fixes a producing center's month (정산 확정, with the amount as the 정산 showed
// it) and then records the transfer (지급 완료, its date and memo). Each step is a conditional change from
// the state before it, so two admins or a double click apply it once; each is in the audit log.
import { recordAudit } from "~/audit/audit.server";
import { prisma } from "~/utils/db.server";
import { formatWon } from "~/utils/format";
import type { CommandResult } from "~/utils/command-result";
import { currentMonth, isAfter, monthKey, monthLabel, addMonths, parseMonth, type Month } from "./settlement-month";
import { getSettlement } from "./settlement.server";
import { isUniqueViolation } from "~/utils/db-errors.server";

export { PAYOUT_STATUS_LABEL, type PayoutStatus } from "./payout-form";

export type PayoutRefusal =
  | "CENTER_NOT_FOUND"
  | "MONTH_NOT_OVER"
  | "NOTHING_TO_SETTLE"
  | "ALREADY_CONFIRMED"
  | "NOT_CONFIRMED"
  | "ALREADY_PAID"
  | "PAID_BEFORE_MONTH_END"
  | "CANNOT_REOPEN";
export type PayoutResult = CommandResult<{ amount: number }, PayoutRefusal>;

const payoutSelect = {
  id: true,
  centerId: true,
  month: true,
  status: true,
  amount: true,
  confirmedAt: true,
  paidOn: true,
  paidAt: true,
  memo: true,
} as const;

export function listPayouts(month: Month) {
  return prisma.settlementPayout.findMany({ where: { month: monthKey(month) }, select: payoutSelect });
}
export type Payout = Awaited<ReturnType<typeof listPayouts>>[number];

/** For the center's own 정산 page: only its own row. */
export function getPayout(centerId: number, month: Month) {
  return prisma.settlementPayout.findUnique({
    where: { centerId_month: { centerId, month: monthKey(month) } },
    select: payoutSelect,
  });
}

const refuse = (reason: PayoutRefusal) => ({ ok: false, reason }) as const;

async function centerName(centerId: number) {
  const center = await prisma.center.findUnique({ where: { id: centerId }, select: { shortName: true } });
  return center?.shortName ?? null;
}

export async function confirmPayout(
  input: { centerId: number; month: string; userId: number },
  now = new Date(),
): Promise<PayoutResult> {
  const month = parseMonth(input.month)!;
  const name = await centerName(input.centerId);
  if (!name) return refuse("CENTER_NOT_FOUND");
  // A month is settled once it is over in Korea: sales and refunds may still come in until then.
  if (!isAfter(currentMonth(now), month)) return refuse("MONTH_NOT_OVER");
  const { summary } = await getSettlement(input.centerId, month);
  if (summary.orders === 0 && summary.refunds === 0) return refuse("NOTHING_TO_SETTLE");
  try {
    await prisma.$transaction(async (tx) => {
      await tx.settlementPayout.create({
        data: { centerId: input.centerId, month: monthKey(month), amount: summary.net, confirmedAt: now },
      });
      await recordAudit(
        {
          userId: input.userId,
          action: "settlement.confirm",
          entity: "Center",
          entityId: input.centerId,
          detail: `${name} ${monthLabel(month)} 정산 확정 ${formatWon(summary.net)}`,
        },
        tx,
      );
    });
  } catch (error) {
    // The unique (center, month): someone confirmed it a moment ago.
    if (isUniqueViolation(error)) {
      return refuse("ALREADY_CONFIRMED");
    }
    throw error;
  }
  return { ok: true, data: { amount: summary.net } };
}

export async function markPayoutPaid(input: {
  centerId: number;
  month: string;
  paidOn: string;
  memo: string;
  userId: number;
}): Promise<PayoutResult> {
  const month = parseMonth(input.month)!;
  const name = await centerName(input.centerId);
  if (!name) return refuse("CENTER_NOT_FOUND");
  // The transfer of a month's 정산 happens after the month; a day before that is a typing slip.
  if (input.paidOn < `${monthKey(addMonths(month, 1))}-01`) return refuse("PAID_BEFORE_MONTH_END");
  return prisma.$transaction(async (tx): Promise<PayoutResult> => {
    const where = { centerId: input.centerId, month: monthKey(month) };
    const updated = await tx.settlementPayout.updateMany({
      where: { ...where, status: "CONFIRMED" },
      data: { status: "PAID", paidOn: input.paidOn, memo: input.memo, paidAt: new Date() },
    });
    if (updated.count !== 1) {
      const row = await tx.settlementPayout.findUnique({ where: { centerId_month: where }, select: { status: true } });
      return refuse(row ? "ALREADY_PAID" : "NOT_CONFIRMED");
    }
    const { amount } = await tx.settlementPayout.findUniqueOrThrow({ where: { centerId_month: where } });
    await recordAudit(
      {
        userId: input.userId,
        action: "settlement.pay",
        entity: "Center",
        entityId: input.centerId,
        detail: `${name} ${monthLabel(month)} ${formatWon(amount)} 지급 (${input.paidOn})${input.memo ? ` — ${input.memo}` : ""}`,
      },
      tx,
    );
    return { ok: true, data: { amount } };
  });
}

/** 확정 취소: only before the transfer is recorded (e.g. a late refund changed the month's amount). */
export async function reopenPayout(input: { centerId: number; month: string; userId: number }): Promise<PayoutResult> {
  const month = parseMonth(input.month)!;
  const name = await centerName(input.centerId);
  if (!name) return refuse("CENTER_NOT_FOUND");
  return prisma.$transaction(async (tx): Promise<PayoutResult> => {
    const removed = await tx.settlementPayout.deleteMany({
      where: { centerId: input.centerId, month: monthKey(month), status: "CONFIRMED" },
    });
    if (removed.count !== 1) return refuse("CANNOT_REOPEN");
    await recordAudit(
      {
        userId: input.userId,
        action: "settlement.reopen",
        entity: "Center",
        entityId: input.centerId,
        detail: `${name} ${monthLabel(month)} 정산 확정 취소`,
      },
      tx,
    );
    return { ok: true, data: { amount: 0 } };
  });
}
