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
import { refusalPage } from "../server/guards.js";
import { NonceContext } from "~/utils/nonce";
import {
  contentSecurityPolicy,
  createNonce,
  POSTCODE_ROUTES,
  productionSecurityHeaders,
} from "~/utils/security.server";

// Deferred data gives up a second before the render does, so its error boundaries still make it out.
export const streamTimeout = Math.max(0, env.RENDER_TIMEOUT_MS - 1000);
const RETRY_AFTER_SECONDS = 10;

/** Why a render was cut short by its time bound (not an error of the page: the server is overloaded). */
class RenderDeadline extends Error {
  name = "RenderDeadline";
}

/** When server.js received the request (performance.now()); without it (the dev server), now. */
const receivedAtOf = (context: unknown) => (context as { receivedAt?: number } | undefined)?.receivedAt;

/** The answer when a page missed its bound: 503 with Retry-After, a small Korean page that needs nothing. */
function overloadedResponse(headers: Headers, requestId: string | undefined) {
  headers.set("Content-Type", "text/html; charset=utf-8");
  headers.set("Cache-Control", "no-store");
  headers.set("Retry-After", String(RETRY_AFTER_SECONDS));
  return new Response(refusalPage(503, requestId), { status: 503, headers });
}

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

  const requestId = requestIdOf(loadContext);
  // A page's bound counts from the request's arrival: a server so busy that the page is late already
  // (loaders queued behind others) answers 503 at once rather than render what the visitor may no longer
  // wait for. After a POST the action has been applied: its page counts from here, so a slow save is not
  // answered "try again" (a second submission) just for being slow.
  const safe = request.method === "GET" || request.method === "HEAD";
  const startedAt = (safe ? receivedAtOf(loadContext) : undefined) ?? performance.now();
  const remaining = startedAt + env.RENDER_TIMEOUT_MS - performance.now();
  const overloaded = (cause: string) => {
    logger.warn({ requestId, path: new URL(request.url).pathname, cause }, "page over its time bound: 503");
    return overloadedResponse(responseHeaders, requestId);
  };
  if (remaining <= 0) return overloaded("late before rendering");

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    let cutShort = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <ErrorIdContext.Provider value={requestId ?? ""}>
          <RemixServer context={remixContext} url={request.url} nonce={nonce} />
        </ErrorIdContext.Provider>
      </NonceContext.Provider>,
      {
        nonce,
        [readyEvent]() {
          // A crawler's whole document that missed the bound has holes where the late parts were: 503 instead.
          if (cutShort) return resolve(overloaded("render"));
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
          if (error instanceof RenderDeadline) resolve(overloaded("render"));
          else reject(error);
        },
        onError(error: unknown) {
          // Cut short by the bound: after the shell the late parts render in the browser; before it, 503.
          if (error instanceof RenderDeadline) return;
          responseStatusCode = 500;
          // Errors after the shell are already in the stream's error boundary; log the rest.
          if (shellRendered) logger.error({ requestId, err: error }, "render failed");
        },
      },
    );
    // Give up on a render that missed the bound; the timer must not outlive a render that finished.
    const timer = setTimeout(() => {
      cutShort = true;
      abort(new RenderDeadline(`no HTML within ${env.RENDER_TIMEOUT_MS} ms of arrival`));
    }, remaining);
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
