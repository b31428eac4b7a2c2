import { describe, expect, it } from "vitest";
import { lookupOrder } from "~/orders/order-lookup.server";
import { getOrderByToken } from "~/orders/orders.server";
import { placedOrder } from "../support/place-order";
import { prisma } from "~/utils/db.server";
import { CUSTOMER, makeCart, variantId } from "../support/shop";

async function anOrder() {
  const id = await variantId(prisma, "naechingu-gim-gift-set", "선물세트");
  return placedOrder(await makeCart(prisma, [{ variantId: id, quantity: 1 }]), CUSTOMER);
}

describe("비회원 주문조회", () => {
  it("opens the order only with both its number and the orderer's phone", async () => {
    const order = await anOrder();
    expect(await lookupOrder(order.number, CUSTOMER.ordererPhone, "ip-a")).toEqual({ token: order.lookupToken });
    // A wrong number and a wrong phone get the same answer.
    expect(await lookupOrder("SD-20000101-AAAAAA", CUSTOMER.ordererPhone, "ip-a")).toEqual({ error: "NOT_FOUND" });
    expect(await lookupOrder(order.number, "01099998888", "ip-a")).toEqual({ error: "NOT_FOUND" });
    const view = await getOrderByToken(order.lookupToken);
    expect(view?.number).toBe(order.number);
    expect(await getOrderByToken("not-a-token")).toBeNull();
  });

  it("never locks out a client whose lookups find the order: a found order gives its try back", async () => {
    const order = await anOrder();
    for (let i = 0; i < 25; i++) {
      expect(await lookupOrder(order.number, CUSTOMER.ordererPhone, "ip-d")).toEqual({ token: order.lookupToken });
    }
    // Failures still count in full: after ten wrong tries even the right one is refused.
    for (let i = 0; i < 10; i++) {
      expect(await lookupOrder(order.number, "01000000000", "ip-d")).toEqual({ error: "NOT_FOUND" });
    }
    expect(await lookupOrder(order.number, CUSTOMER.ordererPhone, "ip-d")).toEqual({ error: "RATE_LIMITED" });
  });

  it("counts a burst of wrong tries before any is looked up: twenty at once, ten looked up", async () => {
    const order = await anOrder();
    const burst = await Promise.all(Array.from({ length: 20 }, () => lookupOrder(order.number, "01000000000", "ip-e")));
    expect(burst.filter((r) => "error" in r && r.error === "NOT_FOUND")).toHaveLength(10);
    expect(burst.filter((r) => "error" in r && r.error === "RATE_LIMITED")).toHaveLength(10);
  });

  it("allows ten failed tries per client in ten minutes, then refuses even correct ones", async () => {
    const order = await anOrder();
    for (let i = 0; i < 10; i++) {
      expect(await lookupOrder(order.number, "01000000000", "ip-b")).toEqual({ error: "NOT_FOUND" });
    }
    expect(await lookupOrder(order.number, CUSTOMER.ordererPhone, "ip-b")).toEqual({ error: "RATE_LIMITED" });
    // Another client is not affected.
    expect(await lookupOrder(order.number, CUSTOMER.ordererPhone, "ip-c")).toEqual({ token: order.lookupToken });
  });
});
