import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

// A local HTTP server speaking the parts of Stripe's REST API the app uses, so tests drive the real
// Stripe SDK (pointed here through its host/port/protocol options) and can assert exactly what it sent.

export type RecordedRequest = {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  authorization: string | undefined;
  form: URLSearchParams;
  body: Record<string, unknown>;
};

/** Stripe's form encoding (`a[b][0][c]=1`) back into nested objects/arrays. */
export function decodeStripeForm(form: URLSearchParams): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of form) {
    const parts = key.replace(/\]/g, "").split("[");
    let node: Record<string, unknown> = root;
    parts.forEach((part, i) => {
      if (i === parts.length - 1) node[part] = value;
      else node = (node[part] ??= /^\d+$/.test(parts[i + 1]!) ? [] : {}) as Record<string, unknown>;
    });
  }
  return root;
}

export async function startStripeStandIn() {
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, Record<string, unknown>>();
  let failNext: number | null = null;
  let counter = 0;
  // Unique across runs, as Stripe's are: a database that outlives one stand-in (the benchmark's) never
  // sees an id twice.
  const run = crypto.randomBytes(4).toString("hex");

  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const form = new URLSearchParams(raw);
      const body = decodeStripeForm(form);
      const path = (req.url ?? "").split("?")[0]!;
      requests.push({
        method: req.method ?? "",
        path,
        idempotencyKey: req.headers["idempotency-key"] as string | undefined,
        authorization: req.headers.authorization,
        form,
        body,
      });
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { "Content-Type": "application/json", "Request-Id": `req_${++counter}` });
        res.end(JSON.stringify(json));
      };
      if (failNext !== null) {
        const status = failNext;
        failNext = null;
        return send(status, { error: { type: "api_error", message: "stand-in failure" } });
      }
      if (req.method === "POST" && path === "/v1/checkout/sessions") {
        const lines = (body.line_items as { quantity: string; price_data: { unit_amount: string } }[]) ?? [];
        const amount = lines.reduce((sum, l) => sum + Number(l.price_data.unit_amount) * Number(l.quantity), 0);
        const id = `cs_test_standin_${run}_${++counter}`;
        const session = {
          id,
          object: "checkout.session",
          url: `https://checkout.stripe.com/c/pay/${id}`,
          amount_total: amount,
          currency: body.currency,
          status: "open",
          payment_status: "unpaid",
          client_reference_id: body.client_reference_id,
          metadata: body.metadata,
          payment_intent: null,
        };
        sessions.set(id, session);
        return send(200, session);
      }
      const retrieve = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path);
      if (req.method === "GET" && retrieve) {
        const session = sessions.get(retrieve[1]!);
        return session
          ? send(200, session)
          : send(404, { error: { type: "invalid_request_error", message: "No such session" } });
      }
      if (req.method === "POST" && path === "/v1/refunds") {
        return send(200, {
          id: `re_standin_${run}_${++counter}`,
          object: "refund",
          amount: Number(body.amount),
          status: "succeeded",
          payment_intent: body.payment_intent,
        });
      }
      send(404, {
        error: { type: "invalid_request_error", message: `Unrecognized request URL (${req.method} ${path})` },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    sessions,
    /** The next request answers with this HTTP status (an outage). */
    failNextWith(status: number) {
      failNext = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
