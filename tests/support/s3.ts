// A real S3 server for tests: s3rver (the S3 REST protocol, SigV4 signatures checked) on 127.0.0.1, keeping its
// objects in a temporary folder, with one bucket. `stop()`/`start()` take it off the network and back on the
// same port with the same objects, to show what the app does while its store is unreachable.
//
//   const s3 = await startLocalS3();          // before the app's modules are imported:
//   Object.assign(process.env, s3.env);       // STORAGE=s3, S3_BUCKET, S3_ENDPOINT, keys, path style
//   await s3.head(key);                       // { contentType, size, etag } or null, over the S3 protocol
//   await s3.stop(); …; await s3.start();     // an outage
//   await s3.close();                         // in afterAll: stops it and removes its folder
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { GetObjectCommand, HeadObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import S3rver from "s3rver";

/** s3rver accepts only these credentials (and checks the signatures made with them). */
const ACCESS_KEY_ID = "S3RVER";
const SECRET_ACCESS_KEY = "S3RVER";
const REGION = "us-east-1";

export type LocalS3 = {
  /** The app's environment for this server: STORAGE=s3 and every S3_* variable. */
  env: Record<string, string>;
  endpoint: string;
  bucket: string;
  /** Where s3rver keeps the objects (removed by close()). */
  directory: string;
  /** An SDK client of its own, for checking what the app stored. */
  client: S3Client;
  /** The object's metadata as S3 reports it (HeadObject), or null when there is none. */
  head(key: string): Promise<{ contentType: string | undefined; size: number; etag: string | undefined } | null>;
  /** The object's bytes (GetObject), or null. */
  read(key: string): Promise<Uint8Array | null>;
  /** Takes the server off the network (open connections dropped): the store is unreachable until start(). */
  stop(): Promise<void>;
  /** Back on the same port, with the objects it had. */
  start(): Promise<void>;
  /** Stops it for good and deletes its folder. */
  close(): Promise<void>;
};

const notFound = (error: unknown) =>
  error instanceof S3ServiceException && (error.$metadata.httpStatusCode === 404 || error.name === "NoSuchKey");

export async function startLocalS3(options: { bucket?: string } = {}): Promise<LocalS3> {
  const bucket = options.bucket ?? "gwangju-uploads-test";
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "s3rver-"));
  let port = 0;
  let server: S3rver | null = null;

  async function start() {
    if (server) return;
    const next = new S3rver({
      address: "127.0.0.1",
      port,
      directory,
      silent: true,
      vhostBuckets: false,
      configureBuckets: [{ name: bucket, configs: [] }],
    });
    const address = (await next.run()) as AddressInfo;
    port = address.port;
    server = next;
  }

  async function stop() {
    const running = server;
    if (!running) return;
    server = null;
    const http = (running as unknown as { httpServer?: import("node:http").Server }).httpServer;
    http?.closeAllConnections();
    await running.close();
  }

  await start();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({
    region: REGION,
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: ACCESS_KEY_ID, secretAccessKey: SECRET_ACCESS_KEY },
  });

  return {
    env: {
      STORAGE: "s3",
      S3_BUCKET: bucket,
      S3_REGION: REGION,
      S3_ENDPOINT: endpoint,
      S3_ACCESS_KEY_ID: ACCESS_KEY_ID,
      S3_SECRET_ACCESS_KEY: SECRET_ACCESS_KEY,
      S3_FORCE_PATH_STYLE: "true",
    },
    endpoint,
    bucket,
    directory,
    client,
    async head(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return { contentType: head.ContentType, size: head.ContentLength ?? 0, etag: head.ETag };
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
    },
    async read(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return object.Body ? await object.Body.transformToByteArray() : null;
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
    },
    stop,
    start,
    async close() {
      await stop();
      client.destroy();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
