import crypto from "node:crypto";
import Stripe from "stripe";
import { env } from "~/utils/env.server";

/** "stripe" with real keys (test mode); "test" is the built-in test payment page, never in production. */
export const paymentProvider: "stripe" | "test" = env.STRIPE_SECRET_KEY ? "stripe" : "test";

export function testPaymentsEnabled() {
  return paymentProvider === "test" && env.NODE_ENV !== "production";
}

function clientOptions(): Stripe.StripeConfig {
  if (!env.STRIPE_API_BASE) return { maxNetworkRetries: 2 };
  const base = new URL(env.STRIPE_API_BASE);
  return {
    host: base.hostname,
    port: base.port,
    protocol: base.protocol.replace(":", "") as "http" | "https",
    maxNetworkRetries: 0,
  };
}

// Without a key no API call is ever made (the test provider never calls Stripe); the client is still
// used for its webhook signing and verification helpers.
export const stripe = new Stripe(env.STRIPE_SECRET_KEY ?? "sk_test_unused_local_placeholder", clientOptions());

/** The configured secret, or one generated per process for the test payment page to sign its events. */
export const webhookSecret = env.STRIPE_WEBHOOK_SECRET ?? `whsec_local${crypto.randomBytes(24).toString("hex")}`;
