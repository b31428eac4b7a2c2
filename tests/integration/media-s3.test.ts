// Uploads kept in an S3-compatible bucket (STORAGE=s3), against s3rver — a local server speaking the S3
// protocol: photos uploaded through the admin form land in the bucket with their content type, are served
// by /uploads with ETag and 304, are deleted with the photo, and while the store is down the route answers
// 503 and the upload forms say so in Korean. The local folder store keeps working as before.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { args, formResult, multipartRequest, settle } from "../support/cms";
import { freshDatabaseUrl } from "../support/database";
import { startLocalS3 } from "../support/s3";
import { startServer, TEST_SESSION_SECRET, type RunningServer } from "../support/server";

// The bucket is in the environment before any app module reads it.
const s3 = await startLocalS3();
Object.assign(process.env, s3.env);
afterAll(() => s3.close());

const { prisma } = await import("~/utils/db.server");
const { sessionCookie, STAFF } = await import("../support/staff");
const { postToProduct, productIdOf } = await import("../support/product-admin");
const { loader: uploadsLoader } = await import("~/routes/uploads.$");
const { storage, createStorage } = await import("~/media/storage.server");
const { IMAGE_MESSAGES } = await import("~/media/images.server");
const { parseEnv, EnvError } = await import("~/utils/env.server");
const { uploadResponse } = await import("~/media/upload-response.server");
const newArticle = await import("~/routes/admin.articles.new");

let admin: string;
let productId: number;
beforeAll(async () => {
  admin = await sessionCookie(STAFF.admin);
  productId = await productIdOf("naechingu-gim-gift-set");
});

const picture = (background: string, width = 900, height = 600) =>
  sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();

async function uploadPhoto(background: string, alt: string) {
  const form = new FormData();
  form.set("intent", "photo-add");
  form.set("alt", alt);
  form.set("photo", new File([new Uint8Array(await picture(background))], "photo.png", { type: "image/png" }));
  return postToProduct(productId, form, admin);
}

/** The Image row of the product photo described `alt`, with every key it stored. */
async function photoNamed(alt: string) {
  const link = await prisma.productImage.findFirstOrThrow({
    where: { productId, image: { alt } },
    include: { image: true },
  });
  const variants = JSON.parse(link.image.variants) as { key: string; width: number }[];
  return { ...link.image, keys: [link.image.storageKey, ...variants.map((v) => v.key)], variants };
}

const serve = (key: string, headers: Record<string, string> = {}) =>
  uploadsLoader({
    params: { "*": key },
    request: new Request(`http://localhost/uploads/${key}`, { headers }),
    context: {},
  });

describe("STORAGE=s3", () => {
  it("uses the S3 store", () => {
    expect(storage.kind).toBe("s3");
  });

  it("stores an uploaded product photo in the bucket, each size with its content type", async () => {
    const result = await uploadPhoto("#2a9d8f", "초록 선물 상자");
    expect(result).toMatchObject({ status: 200, data: { photoNotice: "사진을 올렸습니다." } });
    const image = await photoNamed("초록 선물 상자");
    expect(image.variants.map((v) => v.width)).toEqual([320, 640, 900]);
    // The fallback is a JPEG (no transparency), the sizes WebP: as S3 reports them, over its protocol.
    expect(await s3.head(image.storageKey)).toMatchObject({ contentType: "image/jpeg", size: image.byteSize });
    for (const { key } of image.variants) expect((await s3.head(key))?.contentType).toBe("image/webp");
    // Nothing went to the local folder.
    expect(fs.existsSync(path.join(process.env.UPLOADS_DIR!, image.storageKey))).toBe(false);
  });

  it("serves it from the bucket with Content-Type, ETag and immutable caching; 304 when the copy is current", async () => {
    const image = await photoNamed("초록 선물 상자");
    const key = image.variants[0]!.key;
    const res = await serve(key);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("image/webp");
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    const etag = res.headers.get("ETag")!;
    expect(etag).toBe((await s3.head(key))!.etag);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes).equals(Buffer.from((await s3.read(key))!))).toBe(true);
    expect(Number(res.headers.get("Content-Length"))).toBe(bytes.byteLength);
    expect((await sharp(bytes).metadata()).format).toBe("webp");

    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const again = await serve(key, { "If-None-Match": ifNoneMatch });
      expect(again.status).toBe(304);
      expect(again.headers.get("ETag")).toBe(etag);
      expect(await again.text()).toBe("");
    }
    expect((await serve(key, { "If-None-Match": '"stale"' })).status).toBe(200);
  });

  it.each(["images/00/0000000000000000000000000000dead-320w.webp", "../package.json", "images/../x.webp", ""])(
    "answers 404 for %j",
    async (key) => {
      const res = await serve(key);
      expect(res.status).toBe(404);
      expect(res.headers.get("Cache-Control")).toBe("no-store");
    },
  );

  it("deletes the objects when the photo is removed: the bucket and the route no longer have them", async () => {
    await uploadPhoto("#e76f51", "주황 김 봉투");
    const image = await photoNamed("주황 김 봉투");
    for (const key of image.keys) expect(await s3.head(key)).not.toBeNull();
    const removed = await postToProduct(productId, { intent: "photo-remove", imageId: String(image.id) }, admin);
    expect(removed.data).toMatchObject({ photoNotice: "사진을 뺐습니다." });
    expect(await prisma.image.findUnique({ where: { id: image.id } })).toBeNull();
    for (const key of image.keys) {
      expect(await s3.head(key)).toBeNull();
      expect(await storage.exists(key)).toBe(false);
      expect((await serve(key)).status).toBe(404);
    }
  });
});

describe("while the S3 store is unreachable", () => {
  beforeAll(() => s3.stop());
  afterAll(() => s3.start());

  it("the uploads route answers 503 with Retry-After, not 500", async () => {
    const { storageKey } = await photoNamed("초록 선물 상자");
    for (const headers of [{}, { "If-None-Match": '"x"' }] as Record<string, string>[]) {
      const res = await serve(storageKey, headers);
      expect(res.status).toBe(503);
      expect(res.headers.get("Retry-After")).toBe("10");
      expect(res.headers.get("Cache-Control")).toBe("no-store");
      expect(await res.text()).toContain("사진 저장소");
    }
  });

  it("the product photo form says so in Korean (503) and records nothing", async () => {
    const images = await prisma.image.count();
    const result = await uploadPhoto("#264653", "남색 상자");
    expect(result).toMatchObject({ status: 503, data: { result: { error: { photo: [IMAGE_MESSAGES.storage] } } } });
    expect(IMAGE_MESSAGES.storage).toMatch(/^사진 저장소에 연결할 수 없어/);
    expect(await prisma.image.count()).toBe(images);
  });

  it("the article form keeps what was typed and shows the error beside the cover photo field", async () => {
    const editor = await sessionCookie(STAFF.editor);
    const section = await prisma.section.findUniqueOrThrow({ where: { slug: "local" } });
    const cover = new File([new Uint8Array(await picture("#f4a261", 400, 300))], "cover.png", { type: "image/png" });
    const fields = { title: "저장소 장애 중 기사", summary: "요약", body: "본문", sectionId: String(section.id) };
    const reply = await settle(() =>
      newArticle.action(
        args(multipartRequest("/admin/articles/new", { ...fields, intent: "save", coverImage: cover }, editor)),
      ),
    );
    expect(reply.status).toBe(503);
    expect(formResult(reply).error?.coverImage).toEqual([IMAGE_MESSAGES.storage]);
    expect(formResult(reply).initialValue).toMatchObject({ title: "저장소 장애 중 기사" });
    expect(await prisma.article.count({ where: { title: "저장소 장애 중 기사" } })).toBe(0);
  });

  it("removing a photo still works (its objects are left behind in the bucket, which nothing shows)", async () => {
    const image = await photoNamed("초록 선물 상자");
    const removed = await postToProduct(productId, { intent: "photo-remove", imageId: String(image.id) }, admin);
    expect(removed.data).toMatchObject({ photoNotice: "사진을 뺐습니다." });
    expect(await prisma.image.findUnique({ where: { id: image.id } })).toBeNull();
  });
});

describe("after the store is back", () => {
  it("serves and stores again", async () => {
    const result = await uploadPhoto("#264653", "남색 상자");
    expect(result.status).toBe(200);
    const { storageKey } = await photoNamed("남색 상자");
    expect((await serve(storageKey)).status).toBe(200);
  });
});

describe("a second process (the production server) on the same bucket", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      DATABASE_URL: await freshDatabaseUrl("media_s3_http"),
      SESSION_SECRET: TEST_SESSION_SECRET,
      // An empty folder of its own: whatever it serves comes from the bucket.
      UPLOADS_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "media-s3-http-")),
      ...s3.env,
    });
  });
  afterAll(() => server?.stop());

  it("serves a photo uploaded here over HTTP, with ETag and 304", async () => {
    const { storageKey } = await photoNamed("남색 상자");
    const res = await fetch(`${server.url}/uploads/${storageKey}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).format).toBe("jpeg");
    const again = await fetch(`${server.url}/uploads/${storageKey}`, {
      headers: { "If-None-Match": res.headers.get("etag")! },
    });
    expect(again.status).toBe(304);
  });
});

describe("STORAGE=local (the default) is unchanged", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "media-local-"));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it("keeps files in UPLOADS_DIR and serves them with ETag, 304 and 404", async () => {
    const local = createStorage(parseEnv({ UPLOADS_DIR: folder }));
    expect(local.kind).toBe("folder");
    const key = "images/ab/abababababababababababababababab-320w.webp";
    const bytes = await sharp(await picture("#00ff00", 320, 200))
      .webp()
      .toBuffer();
    await local.put(key, bytes, "image/webp");
    expect(fs.readFileSync(path.join(folder, key)).equals(bytes)).toBe(true);
    expect(await local.exists(key)).toBe(true);
    const request = (headers: Record<string, string> = {}) =>
      new Request(`http://localhost/uploads/${key}`, { headers });
    const res = await uploadResponse(local, key, request());
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("image/webp");
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    expect((await uploadResponse(local, key, request({ "If-None-Match": res.headers.get("ETag")! }))).status).toBe(304);
    await local.delete(key);
    await local.delete(key); // a missing file is not an error
    expect(await local.exists(key)).toBe(false);
    expect((await uploadResponse(local, key, request())).status).toBe(404);
  });
});

describe("configuration", () => {
  it("refuses STORAGE=s3 without a bucket, or with half a key pair, in Korean and English", () => {
    const error = (() => {
      try {
        parseEnv({ STORAGE: "s3", S3_ACCESS_KEY_ID: "AKIA0000" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(EnvError);
    const message = (error as Error).message;
    expect(message).toContain("S3_BUCKET is required when STORAGE=s3");
    expect(message).toContain("S3_BUCKET(버킷 이름)을 정해야 합니다");
    expect(message).toContain("S3_SECRET_ACCESS_KEY is required");
    expect(() => parseEnv({ STORAGE: "minio" })).toThrow(/STORAGE는 "local" 또는 "s3"/);
    expect(() => parseEnv({ STORAGE: "s3", S3_BUCKET: "b", S3_ENDPOINT: "x" })).toThrow(/S3_BUCKET.*\n.*S3_ENDPOINT/s);
    expect(parseEnv({ ...s3.env })).toMatchObject({ STORAGE: "s3", S3_FORCE_PATH_STYLE: true, S3_BUCKET: s3.bucket });
  });
});
