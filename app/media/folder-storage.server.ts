// The local-folder FileStorage (STORAGE=local, the default): files under UPLOADS_DIR on this machine.
// With several app instances the folder must be shared (NFS…) — or use the S3 store.
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import {
  assertValidKey,
  contentTypeOfKey,
  InvalidStorageKeyError,
  isValidKey,
  StorageUnavailableError,
  type FileStorage,
  type StoredFileInfo,
} from "./file-storage";

const isMissing = (error: unknown) =>
  (error as NodeJS.ErrnoException | null)?.code === "ENOENT" || (error as NodeJS.ErrnoException)?.code === "ENOTDIR";

/** A folder on this machine; `root` is created now (and again on write if it disappears). */
export function createFolderStorage(root: string): FileStorage {
  const base = path.resolve(root);
  fs.mkdirSync(base, { recursive: true });
  const fileFor = (key: string) => {
    assertValidKey(key);
    const file = path.resolve(base, key);
    // Belt and braces: the key rules already keep us inside `base`.
    if (!file.startsWith(base + path.sep)) throw new InvalidStorageKeyError(`Key escapes the uploads folder: ${key}`);
    return file;
  };
  const unavailable = (operation: string, key: string) => (cause: unknown) => {
    throw new StorageUnavailableError(operation, key, { cause });
  };

  async function stat(key: string): Promise<(StoredFileInfo & { file: string }) | null> {
    if (!isValidKey(key)) return null;
    const file = fileFor(key);
    const found = await fs.promises.stat(file).catch((error: unknown) => {
      if (isMissing(error)) return null;
      return unavailable("stat", key)(error);
    });
    if (!found?.isFile()) return null;
    // Like a static file server's: size and modification time, so a rewritten file gets a new tag.
    const etag = `"${found.size.toString(16)}-${Math.floor(found.mtimeMs).toString(16)}"`;
    return { file, size: found.size, contentType: contentTypeOfKey(key), etag };
  }

  return {
    kind: "folder",
    async put(key, bytes) {
      const file = fileFor(key);
      // Write then rename, so a reader never sees half a file under a cached-forever URL.
      const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
      try {
        await fs.promises.mkdir(path.dirname(file), { recursive: true });
        await fs.promises.writeFile(temporary, bytes);
        await fs.promises.rename(temporary, file);
      } catch (error) {
        await fs.promises.rm(temporary, { force: true }).catch(() => {});
        unavailable("put", key)(error);
      }
    },
    async get(key) {
      const info = await stat(key);
      if (!info) return null;
      const { file, ...meta } = info;
      const body = Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>;
      return { ...meta, body };
    },
    async stat(key) {
      const info = await stat(key);
      if (!info) return null;
      const { file: _file, ...meta } = info;
      return meta;
    },
    async delete(key) {
      await fs.promises.rm(fileFor(key), { force: true }).catch(unavailable("delete", key));
    },
    async exists(key) {
      return (await stat(key)) !== null;
    },
  };
}
