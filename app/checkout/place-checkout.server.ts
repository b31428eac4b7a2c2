// The checkout command: the order is placed only for the amount and the policy versions the customer
// saw on our page; otherwise the page comes back showing the new amount and asks once more.
import { getCartView } from "~/cart/cart.server";
import { quoteCheckout } from "~/cart/shipping";
import { PaymentUnavailableError, startPayment } from "~/payments/checkout-session.server";
import { prisma } from "~/utils/db.server";
import { formatWon } from "~/utils/format";
import type { CheckoutInput } from "./checkout-form";
import { checkoutPolicyVersions, POLICY_CHANGED, recordConsents } from "./consents.server";
import { CheckoutError, endUnpaidOrder, placeOrder } from "./orders.server";

export type CheckoutResult = { ok: true; paymentUrl: string } | { ok: false; status: number; message: string };

/** "결제 금액이 26,000원으로 바뀌었습니다 (제주 추가 배송비 3,000원 × 1상자). …" */
export function amountChangedMessage(quote: ReturnType<typeof quoteCheckout>, parcels: number) {
  const why = quote.surcharge
    ? ` (${quote.surcharge.label} 추가 배송비 ${formatWon(quote.perParcel)} × ${parcels}상자 포함)`
    : " (추가 배송비 없음)";
  return `결제 금액이 ${formatWon(quote.total)}으로 바뀌었습니다${why}. 바뀐 금액을 확인하시고 다시 결제하기를 눌러 주세요.`;
}

const fail = (status: number, message: string): CheckoutResult => ({ ok: false, status, message });

export async function placeCheckout(cartId: string, input: CheckoutInput, now = new Date()): Promise<CheckoutResult> {
  const { versions, token } = await checkoutPolicyVersions(now);
  if (input.policyVersions !== token) return fail(409, POLICY_CHANGED);
  const cart = await getCartView(cartId);
  const quote = quoteCheckout(cart.groups, input.postalCode);
  if (cart.groups.length > 0 && input.quotedTotal !== quote.total) {
    return fail(409, amountChangedMessage(quote, cart.groups.length));
  }
  try {
    const order = await placeOrder(cartId, input, now);
    // The cart could change between the check and the placing (a price edit in between): never send
    // the customer to pay a number they have not seen.
    if (order.total !== input.quotedTotal) {
      await endUnpaidOrder(order.id, "CANCELLED");
      return fail(409, amountChangedMessage(quoteCheckout(cart.groups, input.postalCode), cart.groups.length));
    }
    await prisma.$transaction(async (tx) => {
      await tx.order.update({
        where: { id: order.id },
        data: { isGift: input.isGift, giftSender: input.giftSender, giftMessage: input.giftMessage },
      });
      await recordConsents(tx, order.id, versions, now);
    });
    return { ok: true, paymentUrl: await startPayment(order.id) };
  } catch (error) {
    if (error instanceof CheckoutError || error instanceof PaymentUnavailableError) return fail(409, error.message);
    console.error("checkout failed", error);
    return fail(502, "결제 페이지를 열지 못했습니다. 잠시 후 다시 시도해 주세요.");
  }
}
