// Placing the order from the checkout form: only for the amount and the policy versions the customer saw
// on our page. Otherwise the page comes back with the new amount (or the new texts) and asks once more.
import { getCartView } from "~/cart/cart.server";
import { quoteCheckout } from "~/cart/shipping";
import type { CommandResult } from "~/utils/command-result";
import type { CheckoutInput } from "./checkout-form";
import { checkoutPolicyVersions } from "./consents.server";
import { endUnpaidOrder, placeOrder, type PlaceOrderResult } from "./orders.server";

type Quote = ReturnType<typeof quoteCheckout>;
export type AmountChange = { total: number; surchargeLabel: string | null; perParcel: number; parcels: number };

export type PlaceCheckoutResult = CommandResult<
  { orderId: number },
  "POLICY_CHANGED" | "AMOUNT_CHANGED" | Extract<PlaceOrderResult, { ok: false }>["reason"],
  { amount?: AmountChange; item?: string }
>;

const change = (quote: Quote, parcels: number): AmountChange => ({
  total: quote.total,
  surchargeLabel: quote.surcharge?.label ?? null,
  perParcel: quote.perParcel,
  parcels,
});

export async function placeCheckout(
  cartId: string,
  input: CheckoutInput,
  now = new Date(),
): Promise<PlaceCheckoutResult> {
  const { versions, token } = await checkoutPolicyVersions(now);
  if (input.policyVersions !== token) return { ok: false, reason: "POLICY_CHANGED" };
  const cart = await getCartView(cartId);
  const quote = quoteCheckout(cart.groups, input.postalCode);
  if (cart.groups.length > 0 && input.quotedTotal !== quote.total) {
    return { ok: false, reason: "AMOUNT_CHANGED", amount: change(quote, cart.groups.length) };
  }
  const placed = await placeOrder(cartId, input, now, versions);
  if (!placed.ok) return placed;
  const order = placed.data;
  // The cart could change between the check and the placing (a price edit in between): never send
  // the customer to pay a number they have not seen.
  if (order.total !== input.quotedTotal) {
    await endUnpaidOrder(order.id, "CANCELLED");
    const fresh = await getCartView(cartId);
    return {
      ok: false,
      reason: "AMOUNT_CHANGED",
      amount: change(quoteCheckout(fresh.groups, input.postalCode), fresh.groups.length),
    };
  }
  return { ok: true, data: { orderId: order.id } };
}
