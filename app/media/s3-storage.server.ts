// The S3-compatible FileStorage (STORAGE=s3): AWS S3, Cloudflare R2, MinIO, NCP Object Storage… Every
// app instance reads and writes the same bucket, so a photo uploaded through one is served by all.
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import {
  assertValidKey,
  contentTypeOfKey,
  isValidKey,
  StorageUnavailableError,
  type FileStorage,
  type StoredFileInfo,
} from "./file-storage";

export type S3StorageOptions = {
  bucket: string;
  region: string;
  /** For stores other than AWS (e.g. http://127.0.0.1:9000); AWS's own endpoint when left out. */
  endpoint?: string;
  /** Both, or neither (then the SDK's usual chain: AWS_* variables, instance role…). */
  accessKeyId?: string;
  secretAccessKey?: string;
  /** bucket in the path (endpoint/bucket/key) rather than the host name; most self-hosted stores need it. */
  forcePathStyle?: boolean;
};

/** A 404 from the store: the key simply isn't there (GetObject says NoSuchKey, HeadObject NotFound). */
function isNotFound(error: unknown): boolean {
  if (!(error instanceof S3ServiceException)) return false;
  return error.name === "NoSuchKey" || error.name === "NotFound" || error.$metadata.httpStatusCode === 404;
}

function info(key: string, head: { ContentLength?: number; ContentType?: string; ETag?: string }): StoredFileInfo {
  return {
    size: head.ContentLength ?? 0,
    contentType: head.ContentType || contentTypeOfKey(key),
    etag: head.ETag ?? `"${key}"`,
  };
}

export function createS3Storage(options: S3StorageOptions): FileStorage {
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle ?? false,
    credentials:
      options.accessKeyId && options.secretAccessKey
        ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
        : undefined,
    // A store that is down should answer "try again later" within seconds, not hold the request.
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 3_000, requestTimeout: 15_000 },
    // Checksums only where S3 requires them: the newer default (CRC32 on every call) is refused by many
    // S3-compatible stores.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const Bucket = options.bucket;

  /** Runs a call; a 404 becomes `onMissing` (a put's 404 is a missing bucket), anything else (network, 5xx, denied) StorageUnavailableError. */
  async function call<T, M>(operation: string, key: string, run: () => Promise<T>, onMissing: (error: unknown) => M) {
    try {
      return await run();
    } catch (error) {
      if (isNotFound(error)) return onMissing(error);
      throw new StorageUnavailableError(operation, key, { cause: error });
    }
  }
  const missing = () => null;
  const fail = (operation: string, key: string) => (cause: unknown) => {
    throw new StorageUnavailableError(operation, key, { cause });
  };
  async function stat(key: string) {
    if (!isValidKey(key)) return null;
    const head = await call("stat", key, () => client.send(new HeadObjectCommand({ Bucket, Key: key })), missing);
    return head ? info(key, head) : null;
  }

  return {
    kind: "s3",
    async put(key, bytes, contentType) {
      assertValidKey(key);
      await call(
        "put",
        key,
        () => client.send(new PutObjectCommand({ Bucket, Key: key, Body: bytes, ContentType: contentType })),
        fail("put", key),
      );
    },
    async get(key) {
      if (!isValidKey(key)) return null;
      const object = await call("get", key, () => client.send(new GetObjectCommand({ Bucket, Key: key })), missing);
      if (!object?.Body) return null;
      return { ...info(key, object), body: object.Body.transformToWebStream() as ReadableStream<Uint8Array> };
    },
    stat,
    async delete(key) {
      assertValidKey(key);
      // S3 answers a delete of a missing key with success too.
      await call("delete", key, () => client.send(new DeleteObjectCommand({ Bucket, Key: key })), missing);
    },
    async exists(key) {
      return (await stat(key)) !== null;
    },
  };
}
