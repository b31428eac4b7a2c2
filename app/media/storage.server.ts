// The one place uploaded files are kept. Today a local folder (UPLOADS_DIR); the interface is what an
// object-storage driver (S3, R2…) would implement, so swapping it changes this module only.
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { env } from "~/utils/env.server";

export type StoredFile = {
  body: ReadableStream<Uint8Array>;
  size: number;
  contentType: string;
};

export type FileStorage = {
  /** Writes `bytes` under `key` (replacing a file already there). */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The file under `key`, or null when there is none (or the key is not a valid key). */
  read(key: string): Promise<StoredFile | null>;
  /** Deletes the file under `key`; a missing file is not an error. */
  remove(key: string): Promise<void>;
};

const CONTENT_TYPES: Record<string, string> = {
  ".webp": "image/webp",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
};

export class InvalidStorageKeyError extends Error {
  name = "InvalidStorageKeyError";
}

/**
 * Keys are relative, slash-separated names such as "images/ab/ab12…-640w.webp": no "..", no absolute
 * paths, no backslashes or empty segments, only plain filename characters — so a key taken from a URL
 * can never reach outside the uploads folder.
 */
export function isValidKey(key: string): boolean {
  if (!key || key.length > 200 || key.startsWith("/") || key.includes("\\")) return false;
  return key.split("/").every((segment) => /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(segment) && !segment.includes(".."));
}

function assertValidKey(key: string) {
  if (!isValidKey(key)) throw new InvalidStorageKeyError(`Invalid storage key: ${JSON.stringify(key)}`);
}

/** A folder on this machine; `root` is created on first write. */
export function createFolderStorage(root: string): FileStorage {
  const base = path.resolve(root);
  const fileFor = (key: string) => {
    assertValidKey(key);
    const file = path.resolve(base, key);
    // Belt and braces: the key rules already keep us inside `base`.
    if (!file.startsWith(base + path.sep)) throw new InvalidStorageKeyError(`Key escapes the uploads folder: ${key}`);
    return file;
  };

  return {
    async put(key, bytes) {
      const file = fileFor(key);
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      // Write then rename, so a reader never sees half a file under a cached-forever URL.
      const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
      await fs.promises.writeFile(temporary, bytes);
      await fs.promises.rename(temporary, file);
    },
    async read(key) {
      if (!isValidKey(key)) return null;
      const file = fileFor(key);
      const stat = await fs.promises.stat(file).catch(() => null);
      if (!stat?.isFile()) return null;
      const body = Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>;
      const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
      return { body, size: stat.size, contentType };
    },
    async remove(key) {
      await fs.promises.rm(fileFor(key), { force: true });
    },
  };
}

fs.mkdirSync(path.resolve(env.UPLOADS_DIR), { recursive: true });

export const storage: FileStorage = createFolderStorage(env.UPLOADS_DIR);

export const put: FileStorage["put"] = (key, bytes, contentType) => storage.put(key, bytes, contentType);
export const read: FileStorage["read"] = (key) => storage.read(key);
export const remove: FileStorage["remove"] = (key) => storage.remove(key);
