import type { ActionFunctionArgs } from "@remix-run/node";
import { handleStripeWebhook } from "~/payments/webhook.server";

// Stripe signs the exact bytes it sent: read the raw body, never a parsed one.
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST") return new Response("Method Not Allowed", { status: 405 });
  const outcome = await handleStripeWebhook(await request.text(), request.headers.get("Stripe-Signature"));
  return new Response(outcome.body, { status: outcome.status, headers: { "Content-Type": "text/plain" } });
}

export function loader() {
  return new Response("Method Not Allowed", { status: 405, headers: { Allow: "POST" } });
}
