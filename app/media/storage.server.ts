// The one place uploaded files are kept, chosen by the environment: the folder UPLOADS_DIR (STORAGE=local,
// the default) or an S3-compatible bucket (STORAGE=s3, S3_*), both behind the FileStorage interface.
import { env, type Env } from "~/utils/env.server";
import type { FileStorage } from "./file-storage";
import { createFolderStorage } from "./folder-storage.server";
import { createS3Storage } from "./s3-storage.server";

export { InvalidStorageKeyError, isValidKey, StorageUnavailableError } from "./file-storage";
export type { FileStorage, StoredFile, StoredFileInfo } from "./file-storage";

/** The store a (validated) configuration names. */
export function createStorage(config: Env): FileStorage {
  if (config.STORAGE === "s3") {
    return createS3Storage({
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

export const storage: FileStorage = createStorage(env);
