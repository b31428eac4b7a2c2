// Checks server.js makes before Remix sees a request: cross-origin state changes and oversized bodies.
// Both answer with a small Korean page of their own (the app is not involved, nothing is read).

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Why a state-changing request must be refused as cross-site, or null when it may go on. Every URL form
 * (documents, `?_data=`, `.data`, resource routes, uploads, /logout) passes through here.
 *
 * - `Origin` present: it must be the origin the browser addressed (behind a proxy, with TRUST_PROXY set,
 *   X-Forwarded-Proto/Host give the public one). "null" (sandboxed frames, some redirects) is refused.
 * - Else `Sec-Fetch-Site`: only "same-origin" (or "none": typed by the user) is accepted; "same-site"
 *   (a sibling subdomain) is refused.
 * - Neither: every browser in support sends `Origin` on POST, so this is a script or an ancient browser.
 *   Without cookies there is no signed-in user to act for, so it goes on (monitoring, Stripe, curl); with
 *   cookies it is refused, since we can't tell an old browser on a hostile page from the user's own tool.
 */
export function crossSiteReason(req, { exemptPaths }) {
  if (SAFE_METHODS.has(req.method) || exemptPaths.has(req.path)) return null;
  const origin = req.get("origin");
  if (origin !== undefined) return origin === addressedOrigin(req) ? null : "origin";
  const site = req.get("sec-fetch-site");
  if (site !== undefined) return site === "same-origin" || site === "none" ? null : "sec-fetch-site";
  return req.get("cookie") ? "no-origin-with-cookies" : null;
}

/** The origin of the URL Remix builds for this request (createRemixRequest's host and port rules). */
function addressedOrigin(req) {
  const portOf = (value) => Number.parseInt(value?.split(":")[1] ?? "", 10);
  const port = [portOf(req.get("x-forwarded-host")), portOf(req.get("host"))].find(Number.isSafeInteger);
  return `${req.protocol}://${req.hostname}${port ? `:${port}` : ""}`;
}

/** The byte limit for this request's body: uploads (multipart) get more room than ordinary forms. */
export function bodyLimit(req, { maxFormBytes, maxUploadBytes }) {
  return /^multipart\/form-data/i.test(req.get("content-type") ?? "") ? maxUploadBytes : maxFormBytes;
}

/** Reads a body sent without Content-Length (chunked) up to `limit` bytes; null as soon as it is longer. */
export function readUpTo(stream, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let total = 0;
    stream.on("data", (chunk) => {
      total += chunk.length;
      if (total > limit) {
        stream.removeAllListeners("data");
        stream.pause();
        resolve(null);
      } else chunks.push(chunk);
    });
    stream.on("end", () => resolve(Buffer.concat(chunks)));
    stream.on("error", reject);
  });
}

const PAGES = {
  403: {
    title: "다른 사이트에서 보낸 요청은 처리하지 않습니다",
    body: "보안을 위해 광주자활뉴스 페이지에서 직접 보낸 요청만 받습니다. 페이지를 새로 열어 다시 시도해 주세요.",
  },
  413: {
    title: "보낸 내용이 너무 큽니다",
    body: "한 번에 보낼 수 있는 크기를 넘었습니다. 사진은 10MB 이하, 글은 나눠서 다시 보내 주세요.",
  },
  503: {
    title: "지금은 접속이 많습니다",
    body: "페이지를 준비하는 데 시간이 너무 오래 걸렸습니다. 잠시 후 다시 시도해 주세요.",
  },
};

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A self-contained Korean error page (no app, no database), e.g. for a refused request. */
export function refusalPage(status, requestId) {
  const { title, body } = PAGES[status];
  const id = requestId ? `<p>오류 번호: <code>${escapeHtml(String(requestId))}</code></p>` : "";
  return `<!doctype html><html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} | 광주자활뉴스</title></head><body style="font-family:sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.6"><p style="font-size:2.5rem;font-weight:800;color:#ea580c;margin:0">${status}</p><h1>${title}</h1><p>${body}</p>${id}<p><a href="/">광주자활뉴스 홈으로</a></p></body></html>`;
}

export function sendRefusal(res, status, requestId) {
  res.status(status);
  res.set({ "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  // The body of a refused upload is never read: close the connection instead of draining it.
  if (status === 413) res.set("Connection", "close");
  res.end(refusalPage(status, requestId));
}
