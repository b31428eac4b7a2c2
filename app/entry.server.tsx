import type { ActionFunctionArgs, EntryContext, LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { startNotificationWorker } from "~/notifications/notifications.server";
import { env } from "~/utils/env.server";
import { ErrorIdContext } from "~/utils/error-id";
import { logger, requestIdOf } from "~/utils/logger.server";
import { HtmlStreamRepair } from "~/utils/html-stream.server";
import { NonceContext } from "~/utils/nonce";
import {
  contentSecurityPolicy,
  createNonce,
  POSTCODE_ROUTES,
  productionSecurityHeaders,
} from "~/utils/security.server";

export const streamTimeout = 5_000;

// Customer emails queued by order changes are sent in the background (a no-op without SMTP_URL).
startNotificationWorker();

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext?: unknown,
) {
  const nonce = createNonce();
  const dev = env.NODE_ENV === "development";
  // Vite's dev client injects styles and scripts it can't nonce: enforce the policy everywhere but in
  // `npm run dev`, where it is report-only.
  // Error pages (404s included) must never be cached by a CDN under the URL that failed.
  if (responseStatusCode >= 400) responseHeaders.set("Cache-Control", "no-store");
  responseHeaders.set(
    dev ? "Content-Security-Policy-Report-Only" : "Content-Security-Policy",
    contentSecurityPolicy(nonce, {
      dev,
      postcode: POSTCODE_ROUTES.has(remixContext.staticHandlerContext.matches.at(-1)?.route.id ?? ""),
    }),
  );

  // Crawlers and no-JS readers get the whole document at once; browsers get it streamed.
  const readyEvent = isbot(request.headers.get("user-agent") ?? "") ? "onAllReady" : "onShellReady";

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <ErrorIdContext.Provider value={requestIdOf(loadContext) ?? ""}>
          <RemixServer context={remixContext} url={request.url} nonce={nonce} />
        </ErrorIdContext.Provider>
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
          if (shellRendered) logger.error({ requestId: requestIdOf(loadContext), err: error }, "render failed");
        },
      },
    );
    // Give up on a render that hangs; the timer must not outlive a render that finished.
    const timer = setTimeout(abort, streamTimeout + 1000);
    timer.unref();
  });
}

/**
 * Every unexpected error of a loader or action, logged once with the request's id: the same id is the
 * "오류 번호" on the 500 page, so staff can find the entry. Aborted requests (the visitor left) are not errors.
 */
export function handleError(error: unknown, { request, context }: LoaderFunctionArgs | ActionFunctionArgs) {
  if (request.signal.aborted) return;
  logger.error(
    { requestId: requestIdOf(context), err: error, path: new URL(request.url).pathname },
    "unexpected error",
  );
}

// Settings server.js applies (headers on every response, proxy trust, HTTP limits), validated with the rest.
export const serverConfig = {
  securityHeaders: productionSecurityHeaders(env.PUBLIC_BASE_URL),
  trustProxy: env.TRUST_PROXY,
  headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
  requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
  maxFormBytes: env.MAX_FORM_BYTES,
  maxUploadBytes: env.MAX_UPLOAD_BYTES,
};
export { logger };
// server.js calls it after an accepted staff save, and empties its page cache on another instance's
// (see app/utils/content-cache.server.ts); on PostgreSQL it starts the broadcast between instances at boot.
export { bumpContentVersion, onRemoteContentChange } from "~/utils/content-cache.server";
export { startContentBroadcast } from "~/utils/content-broadcast.server";
// server.js starts them once listening (expiring unpaid orders, under a lease: see app/jobs/).
export { startBackgroundJobs } from "~/jobs/background.server";
