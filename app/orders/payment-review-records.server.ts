// Writing to the 확인 필요 queue, inside the transaction of the provider event that raised the item.
import type { PaymentReviewKind, Prisma } from "~/generated/prisma/client";
import type { OrderStatus } from "./order-states";

type Tx = Prisma.TransactionClient;

export type ReviewFacts = {
  orderId: number;
  paymentId: number;
  kind: PaymentReviewKind;
  eventId: string | null;
  amount: number;
  orderStatus: OrderStatus;
};

/** One item per payment and kind (per reported amount for over-refunds): a replay or a re-check adds none. */
export async function raisePaymentReview(tx: Tx, facts: ReviewFacts) {
  const dedupeKey = `${facts.kind}:${facts.paymentId}${facts.kind === "OVER_REFUND" ? `:${facts.amount}` : ""}`;
  // Callers raise an item only after winning a conditional update of the payment, so two transactions
  // never race to insert the same key; the check covers replays.
  if (await tx.paymentReview.findUnique({ where: { dedupeKey }, select: { id: true } })) return;
  const payment = await tx.payment.findUniqueOrThrow({
    where: { id: facts.paymentId },
    select: { paymentIntent: true },
  });
  await tx.paymentReview.create({ data: { ...facts, dedupeKey, paymentIntent: payment.paymentIntent } });
}

/** Payments raised as money the order never took; a revived one became the order's own payment. */
const outsideTheOrder = {
  kind: { not: "OVER_REFUND" },
  status: { not: "REVIVED" },
} satisfies Prisma.PaymentReviewWhereInput;

/** The paid payment an order's own refunds go back to (never a late or duplicate payment in 확인 필요). */
export const orderPaymentWhere = {
  status: "PAID",
  reviews: { none: outsideTheOrder },
} satisfies Prisma.PaymentWhereInput;

/** Whether this payment is money the order never took (so its refunds don't move the order's state). */
export async function isUnderReview(tx: Tx, paymentId: number) {
  const found = await tx.paymentReview.findFirst({ where: { paymentId, ...outsideTheOrder }, select: { id: true } });
  return found !== null;
}
