// The one place uploaded files are kept, chosen by the environment: the folder UPLOADS_DIR (STORAGE=local,
// the default) or an S3-compatible bucket (STORAGE=s3, S3_*), both behind the FileStorage interface.
import { env, type Env } from "~/utils/env.server";
import type { FileStorage } from "./file-storage";
import { createFolderStorage } from "./folder-storage.server";
import type { S3StorageOptions } from "./s3-storage.server";

export { InvalidStorageKeyError, isValidKey, StorageUnavailableError } from "./file-storage";
export type { FileStorage, StoredFile, StoredFileInfo } from "./file-storage";

/** The store a (validated) configuration names. */
export function createStorage(config: Env): FileStorage {
  if (config.STORAGE === "s3") {
    return lazyS3Storage({
      // parseEnv has made sure there is one with STORAGE=s3.
      bucket: config.S3_BUCKET!,
      region: config.S3_REGION,
      endpoint: config.S3_ENDPOINT,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
  }
  return createFolderStorage(config.UPLOADS_DIR);
}

/** The S3 store, its module (and the AWS SDK with it) loaded on first use: a server on local folders never loads it. */
function lazyS3Storage(options: S3StorageOptions): FileStorage {
  let store: Promise<FileStorage> | undefined;
  const s3 = () => (store ??= import("./s3-storage.server").then((m) => m.createS3Storage(options)));
  return {
    kind: "s3",
    put: async (key, bytes, contentType) => (await s3()).put(key, bytes, contentType),
    get: async (key) => (await s3()).get(key),
    stat: async (key) => (await s3()).stat(key),
    delete: async (key) => (await s3()).delete(key),
    exists: async (key) => (await s3()).exists(key),
  };
}

export const storage: FileStorage = createStorage(env);
