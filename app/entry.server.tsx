import type { EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { startNotificationWorker } from "~/notifications/notifications.server";
import { env } from "~/utils/env.server";
import { HtmlStreamRepair } from "~/utils/html-stream.server";
import { NonceContext } from "~/utils/nonce";
import { BASELINE_SECURITY_HEADERS, contentSecurityPolicy, createNonce } from "~/utils/security.server";

export const streamTimeout = 5_000;

// Customer emails queued by order changes are sent in the background (a no-op without SMTP_URL).
startNotificationWorker();

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
) {
  const nonce = createNonce();
  const dev = env.NODE_ENV === "development";
  // Vite's dev client injects styles and scripts it can't nonce: enforce the policy everywhere but in
  // `npm run dev`, where it is report-only.
  // Error pages (404s included) must never be cached by a CDN under the URL that failed.
  if (responseStatusCode >= 400) responseHeaders.set("Cache-Control", "no-store");
  responseHeaders.set(
    dev ? "Content-Security-Policy-Report-Only" : "Content-Security-Policy",
    contentSecurityPolicy(nonce, { dev }),
  );

  // Crawlers and no-JS readers get the whole document at once; browsers get it streamed.
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          // Not a bare PassThrough: React 18's stream needs repairs (NUL bytes, content after </html>).
          const body = new HtmlStreamRepair();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors after the shell are already in the stream's error boundary; log the rest.
          if (shellRendered) console.error(error);
        },
      },
    );
    // Give up on a render that hangs; the timer must not outlive a render that finished.
    const timer = setTimeout(abort, streamTimeout + 1000);
    timer.unref();
  });
}

// server.js applies these to every response it sends (assets, feeds, data requests too).
export { BASELINE_SECURITY_HEADERS };
