import type { LoaderFunctionArgs } from "@remix-run/node";
import { storage } from "~/media/storage.server";
import { uploadResponse } from "~/media/upload-response.server";

// Stored uploads, streamed from the folder or the S3 bucket (STORAGE): ETag, 304, immutable caching for
// content-hashed keys, 404 for unknown keys (invalid ones included), 503 when the store is unreachable.
export async function loader({ params, request }: LoaderFunctionArgs) {
  return uploadResponse(storage, params["*"] ?? "", request);
}
