// The storage interface every place uploaded files are kept implements: a local folder
// (folder-storage.server.ts, the default) or an S3-compatible bucket (s3-storage.server.ts).
// storage.server.ts picks one from the environment; nothing else knows which.

/** What a store knows about a file without reading it. */
export type StoredFileInfo = {
  size: number;
  contentType: string;
  /** A quoted entity tag, e.g. `"5d41402abc4b2a76b9719d911017c592"`: the same for the same stored bytes. */
  etag: string;
};

export type StoredFile = StoredFileInfo & { body: ReadableStream<Uint8Array> };

/**
 * Every method refuses an invalid key (see isValidKey) — get/stat/exists by answering "not there", put and
 * delete by throwing InvalidStorageKeyError — and throws StorageUnavailableError when the store can't be
 * reached or answers with an error, so a caller can say "try again later" (503) rather than crash.
 */
export type FileStorage = {
  /** "folder" or "s3", for logs and the health page. */
  readonly kind: "folder" | "s3";
  /** Writes `bytes` under `key`, replacing what is there. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The file under `key` as a stream with its metadata, or null when there is none. */
  get(key: string): Promise<StoredFile | null>;
  /** The metadata of the file under `key` without its bytes (for a conditional request), or null. */
  stat(key: string): Promise<StoredFileInfo | null>;
  /** Deletes the file under `key`; a missing file is not an error. */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
};

export class InvalidStorageKeyError extends Error {
  name = "InvalidStorageKeyError";
}

/** The store could not be reached or refused the request; `cause` is the store's own error. */
export class StorageUnavailableError extends Error {
  name = "StorageUnavailableError";
  constructor(
    readonly operation: string,
    readonly key: string,
    options: { cause: unknown },
  ) {
    const reason = options.cause instanceof Error ? options.cause.message || options.cause.name : String(options.cause);
    super(`File storage unavailable (${operation} ${key}): ${reason}`, options);
  }
}

/**
 * Keys are relative, slash-separated names such as "images/ab/ab12…-640w.webp": no "..", no absolute
 * paths, no backslashes or empty segments, only plain filename characters — so a key taken from a URL
 * can never reach outside the uploads folder (or the bucket's layout).
 */
export function isValidKey(key: string): boolean {
  if (!key || key.length > 200 || key.startsWith("/") || key.includes("\\")) return false;
  return key.split("/").every((segment) => /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(segment) && !segment.includes(".."));
}

export function assertValidKey(key: string) {
  if (!isValidKey(key)) throw new InvalidStorageKeyError(`Invalid storage key: ${JSON.stringify(key)}`);
}

/**
 * Keys the media module makes from a hash of the bytes ("images/ab/<32 hex>-640w.webp"): what is under
 * one never changes, so it may be cached forever.
 */
export function isContentHashedKey(key: string): boolean {
  return /^images\/[0-9a-f]{2}\/[0-9a-f]{32}-\d+w\.(webp|jpg|png)$/.test(key);
}

const CONTENT_TYPES: Record<string, string> = {
  webp: "image/webp",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
};

/** The content type a key's extension stands for (what a store without metadata serves). */
export function contentTypeOfKey(key: string): string {
  const extension = /\.([A-Za-z0-9]+)$/.exec(key)?.[1]?.toLowerCase() ?? "";
  return CONTENT_TYPES[extension] ?? "application/octet-stream";
}
