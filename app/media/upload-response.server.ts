// The HTTP answer for GET /uploads/<key> (app/routes/uploads.$.ts), streamed from whichever store is in use.
import { logger } from "~/utils/logger.server";
import { isContentHashedKey, StorageUnavailableError, type FileStorage, type StoredFileInfo } from "./file-storage";

// An uploaded file is never a document: even opened directly, it may not run or frame anything.
// (X-Content-Type-Options: nosniff comes with every response: server.js / BASELINE_SECURITY_HEADERS.)
const UPLOAD_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

function plain(status: number, text: string, headers: Record<string, string> = {}) {
  return new Response(text, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}

/** Content-hashed keys never change their bytes: cached for a year. Anything else is checked each time. */
function cacheHeaders(key: string, file: StoredFileInfo) {
  return {
    ETag: file.etag,
    "Cache-Control": isContentHashedKey(key) ? "public, max-age=31536000, immutable" : "public, no-cache",
    "Content-Security-Policy": UPLOAD_CSP,
  };
}

/** If-None-Match holds `etag` (or "*"); weak tags compare by their value, as RFC 9110 says for GET. */
function matches(ifNoneMatch: string, etag: string) {
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

/**
 * The stored file under `key` with Content-Type, ETag and caching; 304 when the client's copy is current;
 * 404 for a missing (or invalid) key; 503 with Retry-After when the store can't be reached.
 */
export async function uploadResponse(storage: FileStorage, key: string, request: Request): Promise<Response> {
  try {
    const ifNoneMatch = request.headers.get("If-None-Match");
    if (ifNoneMatch) {
      // Metadata only: a revalidation never downloads the bytes from the store.
      const info = await storage.stat(key);
      if (!info) return plain(404, "Not Found");
      if (matches(ifNoneMatch, info.etag)) return new Response(null, { status: 304, headers: cacheHeaders(key, info) });
    }
    const file = await storage.get(key);
    if (!file) return plain(404, "Not Found");
    return new Response(file.body, {
      headers: { "Content-Type": file.contentType, "Content-Length": String(file.size), ...cacheHeaders(key, file) },
    });
  } catch (error) {
    if (!(error instanceof StorageUnavailableError)) throw error;
    logger.warn({ err: error, storage: storage.kind }, "uploads: file storage unavailable");
    return plain(503, "사진 저장소에 잠시 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.", { "Retry-After": "10" });
  }
}
