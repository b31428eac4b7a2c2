// placeOrder for tests that need an order to exist: a refusal there is a broken fixture, so it throws.
import { placeOrder } from "~/orders/orders.server";

export async function placedOrder(...args: Parameters<typeof placeOrder>) {
  const result = await placeOrder(...args);
  if (!result.ok) throw new Error(`placeOrder refused: ${result.reason}`);
  return result.data;
}
