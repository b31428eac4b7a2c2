import type { LoaderFunctionArgs } from "@remix-run/node";
import { read } from "~/media/storage.server";

// Stored uploads. Keys are content hashes, so a URL's bytes never change: cache them for a year.
// (X-Content-Type-Options: nosniff comes with every response: server.js / BASELINE_SECURITY_HEADERS.)
export async function loader({ params }: LoaderFunctionArgs) {
  // storage.read refuses keys with "..", absolute paths or odd characters (answering null → 404).
  const file = await read(params["*"] ?? "");
  if (!file) {
    return new Response("Not Found", {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Cache-Control": "public, max-age=31536000, immutable",
      // An uploaded file is never a document: even opened directly, it may not run or frame anything.
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
