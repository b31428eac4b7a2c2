import { expireOverdueOrders } from "~/orders/orders.server";
import { startPeriodicJob } from "./lease.server";

const MINUTE = 60_000;

/**
 * Starts this instance's share of the periodic work (server.js, once listening): each job runs in
 * whichever instance holds its lease. Returns a function that stops them.
 */
export function startBackgroundJobs() {
  const stops = [
    // Unpaid orders past their payment window give their stock back (Stripe's expiry webhook usually
    // does it first); kept off the checkout path so a purchase never waits for it.
    startPeriodicJob({ name: "expire-overdue-orders", everyMs: MINUTE, run: (now) => expireOverdueOrders(now) }),
  ];
  return () => stops.forEach((stop) => stop());
}
