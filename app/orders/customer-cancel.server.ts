// 주문 취소 by the customer on the order's token page, before any center has accepted its part: the
// whole order is cancelled and refunded through the same refund path as the admin's (refundWholeOrder).
import type { CommandResult } from "~/utils/command-result";
import { prisma } from "~/utils/db.server";
import { refundWholeOrder, type RefundProvider } from "./refunds.server";

export type CustomerCancelResult = CommandResult<
  { amount: number },
  "NOT_YOURS" | "NOT_PAID" | "ALREADY_ACCEPTED" | "ALREADY_CANCELLED" | "REFUND_FAILED"
>;

/** Whether the order page should offer the cancel button (the command checks again, under its own rules). */
export function canCancelAtOnce(order: { status: string; fulfilments: { status: string }[] }) {
  return order.status === "PAID" && order.fulfilments.every((f) => f.status === "NEW");
}

export async function cancelOrderByCustomer(
  input: { token: string; phone: string; reason: string; message: string },
  provider: RefundProvider,
): Promise<CustomerCancelResult> {
  const order = await prisma.order.findUnique({
    where: { lookupToken: input.token },
    select: { id: true, status: true, ordererPhone: true, fulfilments: { select: { status: true } } },
  });
  // The token and the orderer's phone, as 주문조회 asks: someone else's link alone changes nothing.
  if (!order || order.ordererPhone !== input.phone) return { ok: false, reason: "NOT_YOURS" };
  if (order.status === "CANCELLED" || order.status === "REFUNDED") return { ok: false, reason: "ALREADY_CANCELLED" };
  if (order.status !== "PAID") return { ok: false, reason: "NOT_PAID" };
  if (!canCancelAtOnce(order)) return { ok: false, reason: "ALREADY_ACCEPTED" };
  const result = await refundWholeOrder(
    {
      orderId: order.id,
      cancel: true,
      // Only from 신규주문: a center accepting at the same moment wins, and the cancel is refused.
      cancelFrom: ["NEW"],
      reason: `고객 취소: ${input.reason}${input.message ? ` — ${input.message}` : ""}`,
      // One cancel per order: a double submit finds the same refunds.
      idempotencyKey: `customer-cancel-${order.id}`,
      userId: null,
    },
    provider,
  );
  if (result.ok) return { ok: true, data: { amount: result.data.amount } };
  return { ok: false, reason: result.reason === "PART_SHIPPED" ? "ALREADY_ACCEPTED" : "REFUND_FAILED" };
}
