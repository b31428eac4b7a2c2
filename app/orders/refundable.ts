// The one rule for what a part can still refund: what the customer paid for it (items + shipping)
// minus its refunds that are not known to have failed. Refunds, the admin pages and emails all use it;
// Payment.refundedAmount is only what the provider last reported (shown beside the payment on the admin
// order page); it is never read for what was refunded.

export const ACTIVE_REFUND_STATUSES = ["PENDING", "SUCCEEDED"] as const;

type PartAmounts = { itemsTotal: number; shippingFee: number; surcharge: number };
type RefundRow = { amount: number; status: string };

/** What the customer paid for one center's part. */
export function partPaid(part: PartAmounts): number {
  return part.itemsTotal + part.shippingFee + part.surcharge;
}

/** The refunds counted against a part: pending or succeeded. */
export function refundedOf(refunds: RefundRow[]): number {
  return refunds
    .filter((r) => (ACTIVE_REFUND_STATUSES as readonly string[]).includes(r.status))
    .reduce((sum, r) => sum + r.amount, 0);
}

export function refundableOf(part: PartAmounts & { refunds: RefundRow[] }): number {
  return partPaid(part) - refundedOf(part.refunds);
}

/** The refund rows of a part or of an order to select for the functions above. */
export const refundRowsSelect = { select: { amount: true, status: true } } as const;

/** What an order has refunded, over all its payments' refund rows. */
export function orderRefundedOf(payments: { refunds: RefundRow[] }[]): number {
  return refundedOf(payments.flatMap((p) => p.refunds));
}
